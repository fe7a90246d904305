// Settings reaches the backup repository when a section first uses it, not with the screen: it
// brings the database library and the schema with it (for restores and upgrades), and the screen
// paints and answers before they have arrived, as Today does.
export const backupRepository = () => import('$lib/db/backup');
