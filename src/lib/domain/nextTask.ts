// A new task of the event loop, after whatever the current one is doing (a page hydrating).
// Through a message channel, not a timer: a clock stopped by a test (or anything else that holds
// timers back) must not keep the journal from opening or a screen's later parts from loading.

export function nextTask(): Promise<void> {
	if (typeof MessageChannel === 'undefined') {
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
