// Renewing the stamps of bulk data (schema v7, contentPageLayout.ts WorkspaceStamp), inside the
// caller's transaction, which must include `workspaceStamps`: the roll-up's fingerprint reads them
// (rollupReader.ts), so every write of the data they stand for must renew them.
import { db } from './db'

export function renewWorkspaceStamp(id: string): Promise<unknown> {
  return db.workspaceStamps.put({ id, stamp: crypto.randomUUID() })
}
