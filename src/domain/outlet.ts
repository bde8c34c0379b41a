// The media agencies (outlets) of the register: the denominator of every adoption rate.

export const CHANNELS = ['print', 'online', 'radio', 'tv'] as const
export type Channel = (typeof CHANNELS)[number]

export const OUTLET_KINDS = [
  'newspaper',
  'magazine',
  'online',
  'radio',
  'television',
  'broadcaster',
  'association',
  'trainingInstitution',
] as const
export type OutletKind = (typeof OUTLET_KINDS)[number]

/** Who answers which part of the rubric (GSIM's "user group"). */
export const USER_GROUPS = ['newsroom', 'association', 'trainingInstitution'] as const
export type UserGroup = (typeof USER_GROUPS)[number]

export interface AdoptionDecision {
  /** Document reference, e.g. "Quyết định số 12/QĐ-BHN". */
  reference: string
  /** Date signed, YYYY-MM-DD. */
  date: string
}

export interface Outlet {
  id: string
  name: string
  kind: OutletKind
  channels: Channel[]
  carriesAds: boolean
  governingBody: string
  adoptionDecision?: AdoptionDecision
  /** YYYY-MM-DD: from this date on the outlet leaves the register's denominator. */
  archivedAt?: string
  createdAt: string
  updatedAt: string
}

export function userGroupOf(kind: OutletKind): UserGroup {
  if (kind === 'association') return 'association'
  if (kind === 'trainingInstitution') return 'trainingInstitution'
  return 'newsroom'
}
