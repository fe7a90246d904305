// The one-paragraph guide folded at the top of each screen. Kept together so a translation
// can replace them without touching components; ScreenGuide loads this module on first opening.

export type Screen = 'today' | 'history' | 'body' | 'release' | 'insights' | 'settings';

export const words: Record<Screen, string> = {
	today:
		'Tap how much it hurts now, from 0 (no pain) to 10 (worst pain imaginable), and press Save: that is a check-in. Log as often as you like. Open "Note, tags and time" to add what you were doing, a note, or an earlier time. What you type is kept as a draft until you save, even if the page closes. The daily check asks three questions once a day about the past day.',
	history:
		'Every check-in, newest first, grouped by day with the day’s mean, lowest and highest score. Scroll back as far as you like, filter by dates or a tag, or jump to a date. Edit or delete any entry; a deleted entry can be brought back with Undo for 10 seconds. To add an entry for a past day, use "Log for another day".',
	body: 'Where it hurts, over time. The map colours each area by how often and how strongly you marked it in the chosen range. Choose an area on the drawing or in the list to see its history. Mark areas when you check in, with "Where?" on Today.',
	release:
		'Guided ball release and stretching. Choose a routine to see its steps and start the timer: it counts each hold and tells you when to move to the next spot or switch sides. Log a session afterwards, log a clinic visit, or set a plan of which routines and which days.',
	insights:
		'Pain against self-care, day by day: your daily mean pain, its weekly average, and the days you did your release sessions. Each chart has a table with the same numbers. The statements below say how pain and self-care went together; they show association, not cause. “Likely between … and …” is a 95% interval: the range the real difference probably lies in, judged from your days. It is approximate, and it is wider when there are few days or when pain stays much the same from one day to the next.',
	settings:
		'Appearance, storage on this device, your backups and the about page. Your journal never leaves this device unless you export or back it up yourself.'
};
