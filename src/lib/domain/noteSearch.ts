// Finding entries and sessions by the words of their notes, as a person types them: case and
// accents do not matter, nor the order of the words; each word typed must begin a word of the
// text ("driv" finds "driving"), so a short word does not match inside longer ones.

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Lower case without accents, so "Épaule" and "epaule" read the same. */
function plain(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The distinct words of a search, in plain form; empty when nothing searchable was typed. */
export function searchWords(query: string): string[] {
	const words = plain(query)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0);
	return [...new Set(words)];
}

/**
 * A test of texts against a search: true when every word of the search begins a word of one of
 * the texts. Null when the search has no words (nothing to filter by).
 */
export function noteMatcher(query: string): ((texts: readonly string[]) => boolean) | null {
	const words = searchWords(query);
	if (words.length === 0) return null;
	return (texts) => {
		const text = plain(texts.join('\n'));
		return words.every((word) => beginsAWord(text, word));
	};
}

function beginsAWord(text: string, word: string): boolean {
	for (let from = text.indexOf(word); from !== -1; from = text.indexOf(word, from + 1)) {
		if (from === 0 || !letterOrDigit.test(text.charAt(from - 1))) return true;
	}
	return false;
}
