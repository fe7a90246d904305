// The names of the clinic treatments: as a label on its own, inside a sentence, and as the short
// mark drawn on charts. Keyed by the one list in domain/records.ts, so a new treatment without
// words fails the type check.

import type { ClinicTreatment } from '$lib/domain/records';

// The names inside a sentence; `counted` differs only for "other".
const inSentence = {
	acupuncture: 'acupuncture',
	cupping: 'cupping',
	moxibustion: 'moxibustion',
	physiotherapy: 'physiotherapy',
	massage: 'massage',
	chiropractic: 'chiropractic',
	'dry-needling': 'dry needling',
	other: 'another treatment'
} satisfies Record<ClinicTreatment, string>;

export const words = {
	label: {
		acupuncture: 'Acupuncture',
		cupping: 'Cupping',
		moxibustion: 'Moxibustion',
		physiotherapy: 'Physiotherapy',
		massage: 'Massage',
		chiropractic: 'Chiropractic',
		'dry-needling': 'Dry needling',
		other: 'Other'
	} satisfies Record<ClinicTreatment, string>,
	/** Inside a sentence: "In the 3 days after acupuncture …". */
	name: inSentence,
	/** After a number: "2 acupuncture visits", "1 other treatment visit". */
	counted: { ...inSentence, other: 'other treatment' } satisfies Record<ClinicTreatment, string>,
	/** The mark on a chart's clinic marker. */
	letter: {
		acupuncture: 'A',
		cupping: 'C',
		moxibustion: 'M',
		physiotherapy: 'P',
		massage: 'Ma',
		chiropractic: 'Ch',
		'dry-needling': 'D',
		other: 'O'
	} satisfies Record<ClinicTreatment, string>
} as const;

/** A visit's treatments in words: the named "other" in place of the generic word. */
export function treatmentLabels(treatments: readonly ClinicTreatment[], other: string): string[] {
	return treatments.map((treatment) =>
		treatment === 'other' && other.trim() ? other.trim() : words.label[treatment]
	);
}
