// Device helpers for the guided timer: a short tone and a buzz at the end of a hold, and keeping
// the screen awake. Each does nothing where the device does not support it.

let audio: AudioContext | null = null;

/** Created on a tap (Start), since browsers only allow sound after a user gesture. */
export function prepareSound() {
	if (audio || typeof AudioContext === 'undefined') return;
	try {
		audio = new AudioContext();
	} catch {
		audio = null;
	}
}

/** Two short beeps and a vibration. */
export function holdEndCue() {
	if (typeof navigator !== 'undefined' && 'vibrate' in navigator) {
		navigator.vibrate([200, 100, 200]);
	}
	if (!audio) return;
	if (audio.state === 'suspended') void audio.resume();
	const start = audio.currentTime;
	for (const offset of [0, 0.3]) {
		const oscillator = audio.createOscillator();
		const gain = audio.createGain();
		oscillator.type = 'sine';
		oscillator.frequency.value = 880;
		gain.gain.setValueAtTime(0.0001, start + offset);
		gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
		gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
		oscillator.connect(gain).connect(audio.destination);
		oscillator.start(start + offset);
		oscillator.stop(start + offset + 0.22);
	}
}

/** Keeps the screen on while a session runs; returns a release function. Fine without support. */
export function keepScreenAwake(): () => void {
	if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) return () => {};
	let sentinel: WakeLockSentinel | null = null;
	let released = false;
	const request = () => {
		if (released || document.visibilityState !== 'visible') return;
		navigator.wakeLock.request('screen').then(
			(lock) => {
				if (released) void lock.release();
				else sentinel = lock;
			},
			() => {
				// Refused (battery saver, no permission): the session works without it.
			}
		);
	};
	// The browser drops the lock when the page is hidden; take it again on return.
	const onVisibility = () => request();
	document.addEventListener('visibilitychange', onVisibility);
	request();
	return () => {
		released = true;
		document.removeEventListener('visibilitychange', onVisibility);
		void sentinel?.release();
		sentinel = null;
	};
}
