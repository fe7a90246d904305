// The one part of jStat that Unknot uses; the package ships no types of its own.
declare module 'jstat' {
	const jStat: {
		studentt: {
			/** The value below which `probability` of Student's t distribution lies. */
			inv(probability: number, degreesOfFreedom: number): number;
		};
	};
	export default jStat;
}
