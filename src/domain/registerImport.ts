// Bringing a register CSV into an existing register: a row names an outlet already there by its
// id or else by its name (case and diacritics ignored; rows without an id get a fresh one, which
// matches nothing), so importing the same file twice updates instead of duplicating.

import type { Outlet } from './outlet'
import { foldForSearch } from './text'

export interface RegisterImportItem {
  outlet: Outlet
  action: 'new' | 'update' | 'unchanged'
}

function nameKey(name: string): string {
  return foldForSearch(name).replace(/\s+/g, ' ').trim()
}

function sameContent(a: Outlet, b: Outlet): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.carriesAds === b.carriesAds &&
    a.governingBody === b.governingBody &&
    a.channels.join(';') === b.channels.join(';') &&
    a.adoptionDecision?.reference === b.adoptionDecision?.reference &&
    a.adoptionDecision?.date === b.adoptionDecision?.date &&
    a.archivedAt === b.archivedAt
  )
}

/**
 * For each parsed row (ids either from the file or freshly made), the outlet to write and whether
 * it is new. An update keeps the existing id and createdAt; an archive date already recorded is
 * kept when the file leaves the column empty (the file cannot un-archive by omission).
 */
export function planRegisterImport(parsed: readonly Outlet[], existing: readonly Outlet[]): RegisterImportItem[] {
  const byId = new Map(existing.map((o) => [o.id, o]))
  const byName = new Map(existing.map((o) => [nameKey(o.name), o]))
  return parsed.map((row) => {
    const match = byId.get(row.id) ?? byName.get(nameKey(row.name))
    if (!match) return { outlet: row, action: 'new' }
    const outlet: Outlet = { ...row, id: match.id, createdAt: match.createdAt }
    if (outlet.archivedAt === undefined && match.archivedAt !== undefined) outlet.archivedAt = match.archivedAt
    if (sameContent(outlet, match)) return { outlet: match, action: 'unchanged' }
    return { outlet, action: 'update' }
  })
}
