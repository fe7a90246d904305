// Body-map marks as typed by a person, and their check before anything is stored.

import { sensations, type Sensation, type Side } from './records';
import { isPainScore } from './painScale';
import { findRegion } from './regions';
import type { Validated } from './validation';

export interface MarkInput {
	regionId: string;
	side: Side;
	intensity: number;
	sensations: Sensation[];
	/** Marks of one radiating path share a pathId and are ordered by pathIndex from 0. */
	pathId: string | null;
	pathIndex: number | null;
}

export { sensations };

const sensationWords: Record<Sensation, string> = {
	ache: 'ache',
	sharp: 'sharp',
	burning: 'burning',
	tight: 'tight or spasm',
	numbness: 'numbness',
	tingling: 'tingling',
	radiating: 'radiating'
};

/** The words shown for a sensation: "tight or spasm" for tight, otherwise its name. */
export function sensationWord(sensation: Sensation): string {
	return sensationWords[sensation];
}

export function isSensation(value: unknown): value is Sensation {
	return typeof value === 'string' && (sensations as readonly string[]).includes(value);
}

/** The editable part of a stored mark. */
export function markInputOf(mark: MarkInput): MarkInput {
	return {
		regionId: mark.regionId,
		side: mark.side,
		intensity: mark.intensity,
		sensations: [...mark.sensations],
		pathId: mark.pathId,
		pathIndex: mark.pathIndex
	};
}

/** A new mark for a region, with the entry's score as its intensity. */
export function newMark(regionId: string, intensity: number): MarkInput {
	const region = findRegion(regionId);
	return {
		regionId,
		side: region?.side ?? 'centre',
		intensity,
		sensations: [],
		pathId: null,
		pathIndex: null
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

function problemsOfMark(mark: unknown, position: number): { problems: string[]; name: string } {
	const prefix = `Mark ${position}`;
	if (!isObject(mark)) return { problems: [`${prefix} is not a mark.`], name: prefix };
	const region = typeof mark.regionId === 'string' ? findRegion(mark.regionId) : undefined;
	if (!region) {
		const shown = typeof mark.regionId === 'string' ? `"${mark.regionId}"` : 'missing';
		return { problems: [`${prefix}: the body region ${shown} is unknown.`], name: prefix };
	}
	const name = region.name;
	const problems: string[] = [];
	if (mark.side !== region.side) {
		const where = region.side === 'centre' ? 'in the centre' : `on the ${region.side}`;
		problems.push(`${name}: this region is ${where}, not "${String(mark.side)}".`);
	}
	if (!isPainScore(mark.intensity)) {
		problems.push(`${name}: the intensity must be a whole number from 0 to 10.`);
	}
	if (!Array.isArray(mark.sensations)) {
		problems.push(`${name}: the sensations must be a list.`);
	} else {
		const unknown = (mark.sensations as unknown[]).filter((value) => !isSensation(value));
		if (unknown.length > 0) {
			problems.push(
				`${name}: unknown sensation ${unknown.map((value) => `"${String(value)}"`).join(', ')}; choose from ${sensations.map(sensationWord).join(', ')}.`
			);
		}
	}
	const pathId = mark.pathId ?? null;
	const pathIndex = mark.pathIndex ?? null;
	if ((pathId === null) !== (pathIndex === null)) {
		problems.push(`${name}: a path mark needs both its path and its place on the path.`);
	} else if (pathId !== null) {
		if (typeof pathId !== 'string' || pathId.length === 0) {
			problems.push(`${name}: the path id must be text.`);
		}
		if (typeof pathIndex !== 'number' || !Number.isInteger(pathIndex) || pathIndex < 0) {
			problems.push(`${name}: the place on the path must be a whole number from 0.`);
		}
	}
	return { problems, name };
}

/** Checks marks; messages name the region and the problem. An entry marks each region once. */
export function validateMarks(marks: unknown[]): Validated<MarkInput[], 'marks'> {
	const problems: string[] = [];
	const seen = new Set<string>();
	const paths = new Map<string, number[]>();
	marks.forEach((mark, index) => {
		const checked = problemsOfMark(mark, index + 1);
		problems.push(...checked.problems);
		if (!isObject(mark) || checked.problems.length > 0) return;
		const regionId = mark.regionId as string;
		if (seen.has(regionId)) problems.push(`${checked.name} is marked twice; mark it once.`);
		seen.add(regionId);
		if (typeof mark.pathId === 'string') {
			paths.set(mark.pathId, [...(paths.get(mark.pathId) ?? []), mark.pathIndex as number]);
		}
	});
	for (const indexes of paths.values()) {
		const sorted = [...indexes].sort((a, b) => a - b);
		if (sorted.some((value, index) => value !== index)) {
			problems.push('A radiating path has gaps or repeats in its order; draw it again.');
		}
	}
	if (problems.length > 0) return { ok: false, errors: { marks: problems.join(' ') } };
	return {
		ok: true,
		value: (marks as MarkInput[]).map((mark) => ({
			regionId: mark.regionId,
			side: mark.side,
			intensity: mark.intensity,
			sensations: sensations.filter((sensation) => mark.sensations.includes(sensation)),
			pathId: mark.pathId ?? null,
			pathIndex: mark.pathIndex ?? null
		}))
	};
}

/** The marks of each radiating path in order, keyed by path id. */
export function pathsOf<Mark extends Pick<MarkInput, 'pathId' | 'pathIndex'>>(
	marks: readonly Mark[]
): Map<string, Mark[]> {
	const paths = new Map<string, Mark[]>();
	for (const mark of marks) {
		if (mark.pathId === null) continue;
		paths.set(mark.pathId, [...(paths.get(mark.pathId) ?? []), mark]);
	}
	for (const path of paths.values()) path.sort((a, b) => (a.pathIndex ?? 0) - (b.pathIndex ?? 0));
	return paths;
}

/** Marks with one region added (at `intensity`) or, when already marked, removed. */
export function toggleMark(marks: readonly MarkInput[], regionId: string, intensity: number) {
	return marks.some((mark) => mark.regionId === regionId)
		? removeMark(marks, regionId)
		: [...marks, newMark(regionId, intensity)];
}

/** Marks without one region; a path it was on closes the gap it leaves. */
export function removeMark(marks: readonly MarkInput[], regionId: string): MarkInput[] {
	const removed = marks.find((mark) => mark.regionId === regionId);
	const rest = marks.filter((mark) => mark.regionId !== regionId);
	if (!removed || removed.pathId === null) return rest;
	return rest.map((mark) =>
		mark.pathId === removed.pathId && (mark.pathIndex ?? 0) > (removed.pathIndex ?? 0)
			? { ...mark, pathIndex: (mark.pathIndex ?? 0) - 1 }
			: mark
	);
}

/**
 * The next step of a radiating path: the region is marked (if it was not) as "radiating" and
 * placed at the end of the path. A region already on the path is taken off it again.
 */
export function extendPath(
	marks: readonly MarkInput[],
	pathId: string,
	regionId: string,
	intensity: number
): MarkInput[] {
	const existing = marks.find((mark) => mark.regionId === regionId);
	if (existing?.pathId === pathId) return removeMark(marks, regionId);
	const length = marks.filter((mark) => mark.pathId === pathId).length;
	const withRadiating = (mark: MarkInput): MarkInput => ({
		...mark,
		sensations: mark.sensations.includes('radiating')
			? mark.sensations
			: sensations.filter(
					(sensation) => sensation === 'radiating' || mark.sensations.includes(sensation)
				),
		pathId,
		pathIndex: length
	});
	if (!existing) return [...marks, withRadiating(newMark(regionId, intensity))];
	// A region already on another path moves to this one; its old path closes the gap.
	const others = existing.pathId === null ? marks : removeMark(marks, regionId);
	const moved = withRadiating(existing);
	return existing.pathId === null
		? marks.map((mark) => (mark.regionId === regionId ? moved : mark))
		: [...others, moved];
}
