// What Insights works out about pain and self-care, in one module the screen loads beside its
// chart rather than before it: the comparisons bring Student's t distribution (jStat, about
// 18 KiB gzip), which drawing the chart does not need.

export { planDoneByDay } from '$lib/domain/adherence';
export { clinicEffects, doneBySessions, lagComparisons, sessionEffects } from '$lib/domain/effects';
export { baselineDays, planFindings } from '$lib/domain/planComparisons';
export { weeklyTrend } from '$lib/domain/trend';
