import { describe, expect, it } from 'vitest';
import {
	builtInRoutine,
	builtInRoutineIds,
	builtInRoutines,
	validateRoutine,
	type RoutineInput
} from './routines';
import { isRegionId, routineTargets } from './regions';
import { regionLabel } from './targetLabels';

describe('routine catalogue', () => {
	it('targets only regions that exist on the body map, and each has a plain label', () => {
		for (const routine of builtInRoutines) {
			for (const target of routine.targets) {
				expect(isRegionId(target), `${routine.id} → ${target}`).toBe(true);
				expect(regionLabel(target)).not.toBe(target);
			}
		}
		expect(regionLabel('left-deep-glute')).toBe('Left deep glute (piriformis)');
	});

	it('agrees both ways with the body map on which routine targets which region', () => {
		expect(Object.keys(routineTargets).sort()).toEqual(
			builtInRoutines.map((routine) => routine.id).sort()
		);
		for (const id of builtInRoutineIds) {
			expect([...builtInRoutine(id)!.targets].sort(), id).toEqual(
				routineTargets[id].flatMap((kind) => [`left-${kind}`, `right-${kind}`]).sort()
			);
		}
	});

	it('gives each routine valid settings, steps and the nerve-pain cautions', () => {
		for (const routine of builtInRoutines) {
			const checked = validateRoutine({ ...routine });
			expect(checked.ok, routine.id).toBe(true);
			expect(routine.cautions.join(' ')).toMatch(/numbness or tingling increases/);
		}
		const releases = builtInRoutines.filter((routine) => routine.kind === 'release');
		expect(releases).toHaveLength(5);
		for (const routine of releases) {
			expect(['tennis ball', 'lacrosse ball']).toContain(routine.tool);
			expect(['wall', 'floor']).toContain(routine.position);
			expect(routine.holdSeconds).toBe(60);
			expect(routine.spotsPerSide).toBe(3);
			expect(routine.cautions.join(' ')).toMatch(/sharp, electric or nerve pain/);
			expect(routine.steps.join(' ')).toMatch(/next spot/);
		}
		// Each id names its kind.
		for (const routine of builtInRoutines) {
			expect(routine.id.startsWith(`${routine.kind}-`), routine.id).toBe(true);
		}
	});
});

describe('validateRoutine', () => {
	const input: RoutineInput = {
		name: '  Evening piriformis  ',
		kind: 'release',
		basedOn: null,
		targets: ['left-deep-glute', 'left-deep-glute'],
		tool: 'tennis ball',
		position: 'floor',
		steps: ['Lie down', '  ', 'Press'],
		spotsPerSide: 3,
		holdSeconds: 60,
		sides: 'one',
		cautions: []
	};

	it('trims the name, drops blank steps and repeated targets', () => {
		const checked = validateRoutine(input);
		expect(checked).toMatchObject({
			ok: true,
			value: {
				name: 'Evening piriformis',
				steps: ['Lie down', 'Press'],
				targets: ['left-deep-glute']
			}
		});
	});

	it('accepts the limits 20 and 180 s, 1 and 10 spots', () => {
		expect(validateRoutine({ ...input, holdSeconds: 20, spotsPerSide: 1 }).ok).toBe(true);
		expect(validateRoutine({ ...input, holdSeconds: 180, spotsPerSide: 10 }).ok).toBe(true);
	});

	it('names each bad field', () => {
		const checked = validateRoutine({
			...input,
			name: '   ',
			targets: [],
			steps: [''],
			holdSeconds: 19,
			spotsPerSide: 11
		});
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(checked.errors.name).toMatch(/name/);
		expect(checked.errors.targets).toMatch(/region/);
		expect(checked.errors.steps).toMatch(/step/);
		expect(checked.errors.holdSeconds).toMatch(/20 to 180/);
		expect(checked.errors.spotsPerSide).toMatch(/1 to 10/);
		const more = validateRoutine({ ...input, holdSeconds: 181, spotsPerSide: 0 });
		expect(more.ok ? {} : more.errors).toMatchObject({
			holdSeconds: expect.stringMatching(/20 to 180/),
			spotsPerSide: expect.stringMatching(/1 to 10/)
		});
		const fraction = validateRoutine({ ...input, holdSeconds: 30.5, spotsPerSide: Number.NaN });
		expect(fraction.ok).toBe(false);
	});
});
