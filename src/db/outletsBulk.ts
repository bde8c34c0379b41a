// Writing many outlets of the register at once (a register CSV import): all or nothing.
import type { Outlet } from '@/domain/outlet'
import { parseOutlet } from '@/domain/submission'
import { db } from './db'
import { forWrite } from './records'
import { guarded } from './storage'

/** Checks every outlet first, then writes them in one transaction; a failure writes none. */
export function saveOutletsTogether(outlets: readonly Outlet[]): Promise<number> {
  return guarded(async () => {
    const records = outlets.map((o) => forWrite(parseOutlet, o, 'outlets'))
    await db.transaction('rw', db.outlets, () => db.outlets.bulkPut(records))
    return records.length
  })
}
