// The words of sync: Settings → Sync, the header's sync indicator, and the questions restore and
// erase ask while sync is on.

import type { SyncProblem } from '$lib/sync/problems';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat(undefined);
const dayMs = 86_400_000;

function when(at: number, now: number): string {
	return now - at < dayMs && new Date(at).getDate() === new Date(now).getDate()
		? time.format(at)
		: dateTime.format(at);
}

/** Each problem in words a person can act on. */
const problems: Record<SyncProblem, string> = {
	wrongPassword:
		'Wrong user name or password for this server. Check them, or ask whoever runs the server.',
	forbidden:
		'This account may not use that database on the server. Check the user name, or ask whoever runs the server.',
	unreachable:
		'The server cannot be reached. Check the address and your connection; changes wait on this device and go when it answers.',
	serverFull:
		'The server is full: it refused to store more. Ask whoever runs it to make room; changes wait on this device.',
	noDatabase:
		'The server has no database for this account. A CouchDB server makes one per person when couch_peruser is on: ask whoever runs it.',
	notCouchDb: 'Something answered at that address, but it is not a CouchDB server.',
	wrongPassphrase: 'That passphrase does not open this journal. Nothing was changed.',
	wrongRecoveryKey:
		'That recovery key does not open this journal, or it has a typo. Nothing was changed.',
	deviceFull:
		'This device is out of storage space for Unknot. Free some space; sync goes on when it can.',
	noJournal: 'There is no journal on this server yet. Set one up instead.',
	otherJournal:
		'This database on the server holds another journal, not this one. Sync stopped; nothing was changed here.',
	erasedElsewhere: 'Your journal was erased everywhere from another device.',
	unknown: 'Sync failed for a reason Unknot does not know. It tries again by itself.'
};

export const words = {
	problems,
	heading: 'Sync between your devices',
	intro:
		'Keep this journal on your other devices through a CouchDB server you run or trust. Everything is encrypted on this device before it leaves: the server stores only ciphertext and never sees your passphrase.',
	readme: 'How to run your own server is in the README, under "Sync".',
	// Step 1
	serverLabel: 'Server address',
	serverHint: 'For example https://couch.example.org. Plain http only for this computer.',
	serverInvalid:
		'Write the whole address, starting with https:// (http:// only for localhost or 127.0.0.1).',
	continue: 'Continue',
	reloadNote:
		'Unknot reloads this page once, so that it may talk to this server — and only this one.',
	// Step 2
	accountIntro: (origin: string) => `Your account on ${origin}:`,
	changeServer: 'Use another server',
	usernameLabel: 'User name',
	passwordLabel: 'Password',
	required: 'Fill this in.',
	connect: 'Connect',
	connecting: 'Connecting…',
	// Step 3
	setUpHeading: 'Set up sync: choose a passphrase',
	setUpIntro:
		'There is no journal on this server yet: this device starts one. The passphrase encrypts your journal; other devices need it to join. It is never sent anywhere, and nobody can reset it.',
	joinHeading: 'Join your journal',
	joinIntro:
		'This server already holds your journal. Type its passphrase — or the recovery key you saved — to open it on this device. What this device already holds is merged in.',
	passphraseLabel: 'Passphrase',
	passphraseHint: 'At least 10 characters. A few unrelated words are strong and easy to remember.',
	passphraseShort: 'Use at least 10 characters.',
	repeatLabel: 'Passphrase again',
	repeatMismatch: 'The two passphrases differ.',
	useRecoveryKey: 'I have the recovery key instead',
	usePassphrase: 'I have the passphrase',
	recoveryKeyLabel: 'Recovery key',
	recoveryKeyHint: 'Seven groups of four letters and digits; dashes and spaces do not matter.',
	recoveryKeyTypo: 'That recovery key has a typo: compare it with your copy, group by group.',
	setUp: 'Set up sync',
	join: 'Join',
	opening: 'Opening your journal…',
	cancel: 'Cancel',
	// Recovery key
	recoveryHeading: 'Your recovery key',
	recoveryIntro:
		'If you forget the passphrase, this key is the only way back into your journal. It is shown now and never again: print it or write it down, and keep it somewhere safe — not on this device only.',
	print: 'Print',
	download: 'Download as a file',
	recoveryFileName: 'unknot-recovery-key.txt',
	recoveryFile: (key: string, origin: string) =>
		`Unknot recovery key\n\n${key}\n\nIt opens your synced journal on ${origin} if you forget the passphrase. Keep it somewhere safe.\n`,
	saved: 'I have saved my recovery key',
	savedFirst: 'Save the recovery key first, then tick the box.',
	startSync: 'Start syncing',
	// Status
	statusHeading: 'Status',
	server: (origin: string, username: string) => `${username} on ${origin}`,
	synced: (at: number, now: number) => `Synced at ${when(at, now)}.`,
	syncing: 'Syncing…',
	starting: 'Starting…',
	waiting: (count: number) =>
		count === 1
			? '1 change waiting to be sent.'
			: `${number.format(count)} changes waiting to be sent.`,
	offline: 'Offline: changes wait on this device and go when you are back online.',
	paused: 'Paused: changes wait on this device until you resume.',
	otherTab: 'Syncing in another Unknot tab.',
	unreadable: (count: number) =>
		`${number.format(count)} ${count === 1 ? 'document' : 'documents'} on the server could not be opened with this journal's key and were left alone.`,
	sending: (done: number, total: number) =>
		`Sending your journal: ${number.format(done)} of ${number.format(total)}`,
	receiving: (done: number, total: number) =>
		`Receiving your journal: ${number.format(done)} of ${number.format(total)}`,
	syncNow: 'Sync now',
	pause: 'Pause',
	resume: 'Resume',
	// Change passphrase
	changeHeading: 'Change the passphrase',
	changeIntro:
		'Other devices keep syncing; a device that joins later needs the new passphrase. Your recovery key stays the same.',
	currentLabel: 'Current passphrase',
	newLabel: 'New passphrase',
	change: 'Change the passphrase',
	changed: 'The passphrase is changed.',
	// Turn off
	turnOffHeading: 'Turn sync off on this device',
	turnOffIntro:
		'Your journal stays on this device, and on the server and your other devices as it is. This device forgets the server, the password and the keys.',
	turnOff: 'Turn sync off',
	turnOffConfirm: 'Turn sync off on this device?',
	turnedOff: 'Sync is off on this device. Your journal is still here.',
	dismiss: 'Dismiss',
	erasedNotice:
		'Your journal was erased everywhere from another device, so it was erased here too. Sync is off.',
	// Header indicator
	indicatorWaiting: (count: number) =>
		count === 1 ? 'Sync: 1 change waiting' : `Sync: ${number.format(count)} changes waiting`,
	indicatorProblem: 'Sync failed',
	// Restore and erase while sync is on
	restoreMergeNote: 'Sync is on: the restored rows also go to your other devices.',
	restoreWhereLegend: 'Sync is on. Replace the journal where?',
	restoreHere: 'On this device only',
	restoreHereHint:
		'Sync is turned off here first; the server and your other devices keep the journal as it is.',
	restoreEverywhere: 'Everywhere',
	restoreEverywhereHint:
		'Your other devices get this backup too: what is not in it is erased on them when they sync.',
	eraseWhereLegend: 'Sync is on. Delete where?',
	eraseHere: 'On this device only',
	eraseHereHint:
		'Sync is turned off here first; the server and your other devices keep the journal.',
	eraseEverywhere: 'Everywhere',
	eraseEverywhereHint:
		'The journal is erased on the server now, and on each of your other devices when it next syncs.'
} as const;
