// Whether the device is online; Unknot works the same either way, but says which it is.

class Connectivity {
	online = $state(true);

	start() {
		this.online = navigator.onLine;
		const update = () => (this.online = navigator.onLine);
		addEventListener('online', update);
		addEventListener('offline', update);
		return () => {
			removeEventListener('online', update);
			removeEventListener('offline', update);
		};
	}
}

export const connectivity = new Connectivity();
