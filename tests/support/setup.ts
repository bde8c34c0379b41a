// Runs before every Vitest file: a real IndexedDB implementation for db/ and store tests.
import 'fake-indexeddb/auto'
