// Live reads that shared components need, as rune classes: the components ask state, never the
// repositories. Create them while a component initialises; they stop with it.

import { redFlagAnswersOnDay, usedTags } from '$lib/db/painEntries';
import { localDay } from '$lib/domain/day';
import { anyYes } from '$lib/domain/redFlags';
import { offeredTags } from '$lib/domain/tags';
import { LiveQuery } from './liveQuery.svelte';

/**
 * Whether today has a red-flag "yes", so self-care waits for a doctor. The same test as Today's
 * urgent-care card, without the questions' texts, which load only to show the reasons.
 */
export class UrgentToday {
	#answers = new LiveQuery(() => redFlagAnswersOnDay(localDay(Date.now())));

	get urgent(): boolean {
		return anyYes(this.#answers.current ?? null);
	}
}

/** The tags to offer in an entry form: the person's own, most used first, then the built-ins. */
export class OfferedTags {
	#used = new LiveQuery(usedTags);

	get current(): string[] {
		return offeredTags(this.#used.current ?? []);
	}
}
