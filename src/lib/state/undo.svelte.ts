// One undo offer at a time ("Entry deleted — Undo"), open for ten seconds.
import { words as commonWords } from '$lib/messages/common';

export interface UndoOffer {
	message: string;
	undo: () => Promise<void>;
}

export const undoWindowMs = 10_000;

class Undo {
	current = $state<UndoOffer | null>(null);
	failure = $state('');
	#timer: ReturnType<typeof setTimeout> | null = null;

	offer(offer: UndoOffer) {
		this.#clearTimer();
		this.failure = '';
		this.current = offer;
		this.#timer = setTimeout(() => this.dismiss(), undoWindowMs);
	}

	async undo() {
		const offer = this.current;
		if (!offer) return;
		this.#clearTimer();
		try {
			await offer.undo();
			this.current = null;
		} catch (error) {
			this.failure = error instanceof Error ? error.message : commonWords.undo.failed;
		}
	}

	dismiss() {
		this.#clearTimer();
		this.current = null;
	}

	#clearTimer() {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}

export const undo = new Undo();
