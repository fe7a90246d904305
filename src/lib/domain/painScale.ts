// The 0–10 Numeric Rating Scale: words and colours for each score.

export const painScores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type PainScore = (typeof painScores)[number];

export type PainBand = 'none' | 'mild' | 'moderate' | 'severe' | 'worst';

export function painBand(score: number): PainBand {
	if (score <= 0) return 'none';
	if (score <= 3) return 'mild';
	if (score <= 6) return 'moderate';
	if (score <= 9) return 'severe';
	return 'worst';
}

const bandWords: Record<PainBand, string> = {
	none: 'No pain',
	mild: 'mild',
	moderate: 'moderate',
	severe: 'severe',
	worst: 'Worst pain imaginable'
};

/** The word shown under a score: "No pain", "mild", …, "Worst pain imaginable". */
export function painWord(score: number): string {
	return bandWords[painBand(score)];
}

/** Accessible name of a score, beginning with its number: "6, moderate". */
export function painLabel(score: number): string {
	return `${score}, ${painWord(score)}`;
}

export function isPainScore(value: unknown): value is PainScore {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

/**
 * A sequential ramp from pale yellow to deep purple (viridis-like, reversed in lightness),
 * readable by the common forms of colour blindness because it changes in lightness, not only hue.
 * Each score has a background and the text colour that passes contrast on it.
 */
export const painColours: readonly { background: string; text: string }[] = [
	{ background: '#f4f1e8', text: '#1a1a1a' },
	{ background: '#fde9a9', text: '#1a1a1a' },
	{ background: '#fbd67a', text: '#1a1a1a' },
	{ background: '#f6bf52', text: '#1a1a1a' },
	{ background: '#eda23c', text: '#1a1a1a' },
	{ background: '#df8237', text: '#1a1a1a' },
	{ background: '#b8553a', text: '#ffffff' },
	{ background: '#a9483f', text: '#ffffff' },
	{ background: '#853244', text: '#ffffff' },
	{ background: '#5e2245', text: '#ffffff' },
	{ background: '#391540', text: '#ffffff' }
];

export function painColour(score: number) {
	const index = Math.max(0, Math.min(10, Math.round(score)));
	return painColours[index]!;
}
