// The journal's IndexedDB name, apart from the schema so that asking whether a journal exists
// (journalMayExist) does not load Dexie.

export const databaseName = 'unknot';
