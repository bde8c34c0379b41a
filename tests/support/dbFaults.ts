// Fault injection for db tests: a DBCore middleware that fails the n-th mutation (Dexie.use doc).
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { db } from '@/db/db'

/** Makes the n-th write request (counting from 1) fail with `error()`; returns the undo. */
export async function failNthMutation(n: number, error: () => Error): Promise<() => Promise<void>> {
  let calls = 0
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'testFault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            calls += 1
            return calls === n ? Promise.reject(error()) : table.mutate(req)
          },
        }
      },
    }),
  }
  // Middleware stacks are built when the database opens.
  db.close({ disableAutoOpen: false })
  db.use(middleware)
  await db.open()
  return async () => {
    db.close({ disableAutoOpen: false })
    db.unuse({ stack: 'dbcore', name: 'testFault' })
    await db.open()
  }
}

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}
