// Files handed to the person: a download made in the page, so nothing leaves it.

/** Offers text as a file download, without any request leaving the page. */
export function downloadText(fileName: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started once click() returns; the address is no longer needed after that.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
