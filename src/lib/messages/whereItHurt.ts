// Where it hurt, in words, for a journal row. Apart from the other words of the rows
// (common.ts): it needs the region catalogue, which loads only for a row with marks.
import { sensationWord } from '$lib/domain/marks';
import { placesWithoutRepeatedSides, whereItHurt, type MarkLike } from '$lib/domain/whereItHurt';

export const words = {
	/** "Left deep glute → back of thigh → calf; Right flank · ache, tingling"; '' without marks. */
	where: (marks: readonly MarkLike[]) => {
		const where = whereItHurt(marks);
		if (!where) return '';
		const places = [
			...where.paths.map((path) => placesWithoutRepeatedSides(path).join(' → ')),
			placesWithoutRepeatedSides(where.regions).join(', ')
		].filter((part) => part !== '');
		const felt = where.sensations.map(sensationWord).join(', ');
		return felt ? `${places.join('; ')} · ${felt}` : places.join('; ');
	}
};
