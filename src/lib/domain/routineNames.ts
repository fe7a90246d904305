// The built-in routines' names, apart from their steps and cautions (routines.ts): what Today's
// plan card shows, without loading the catalogue behind it. Stored plans and sessions keep the ids.

import type { BuiltInRoutineId } from './routines';

export const builtInRoutineNames: Record<BuiltInRoutineId, string> = {
	'release-tfl': 'TFL release (front-outer hip)',
	'release-quadratus-lumborum': 'Quadratus lumborum release (flank)',
	'release-piriformis': 'Piriformis release (deep glute)',
	'release-glutes': 'Glute release',
	'release-hip-rotators': 'Hip rotator release (below the glutes)',
	'stretch-tfl': 'TFL stretch (front-outer hip)',
	'stretch-quadratus-lumborum': 'Quadratus lumborum side stretch (flank)',
	'stretch-piriformis': 'Piriformis stretch (figure four)',
	'stretch-glutes': 'Glute stretch (knee to chest)',
	'stretch-hip-rotators': 'Hip rotator stretch (seated twist)'
};
