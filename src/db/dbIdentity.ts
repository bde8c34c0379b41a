// The workspace database's name and schema version, apart from its Dexie declaration (db.ts), so
// the roll-up worker's plain-IndexedDB reader can check the version without loading Dexie.
export const DB_NAME = 'gim-index'
/** The schema version this build declares (Dexie multiplies it by 10 for IndexedDB). */
export const DB_VERSION = 7
