// A failed read or write of the workspace, classified (storage.ts toStorageFailure): apart from the
// database code, so a page can word such failures without loading Dexie.
import type { Problem } from '@/domain/validate'

export type StorageFailureKind =
  /** The disk or the origin's quota is full. */
  | 'quota'
  /** Another tab upgraded the database: this tab must reload. */
  | 'versionChange'
  /** The browser refuses to store anything here (private window, storage disabled, corrupt store). */
  | 'unavailable'
  /** A record changed in another tab between planning and committing. */
  | 'conflict'
  /** The record itself is malformed (a bug in the caller): `problems` say where. */
  | 'invalid'
  | 'unknown'

/** A failed read or write, classified; `kind` selects the message the user sees. */
export class StorageFailure extends Error {
  readonly kind: StorageFailureKind
  readonly problems: readonly Problem[]
  constructor(kind: StorageFailureKind, message: string, options?: { cause?: unknown; problems?: readonly Problem[] }) {
    super(message, options)
    this.name = 'StorageFailure'
    this.kind = kind
    this.problems = options?.problems ?? []
  }
}
