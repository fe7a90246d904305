// Device helpers for the guided timer: two tones and a buzz at the end of a hold, one lower tone
// and a short buzz when a hands-free hold starts by itself, and keeping the screen awake. Each
// does nothing where the device does not support it.

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

/** Two short beeps and a vibration: time to move. */
export function holdEndCue() {
	cue([200, 100, 200], [0, 0.3], 880);
}

/** One lower beep and a short vibration: the next hold is under way. */
export function holdStartCue() {
	cue([120], [0], 587);
}

function cue(vibration: number[], beeps: number[], frequency: number) {
	if (typeof navigator !== 'undefined' && 'vibrate' in navigator) {
		navigator.vibrate(vibration);
	}
	if (!audio) return;
	if (audio.state === 'suspended') void audio.resume();
	const start = audio.currentTime;
	for (const offset of beeps) {
		const oscillator = audio.createOscillator();
		const gain = audio.createGain();
		oscillator.type = 'sine';
		oscillator.frequency.value = frequency;
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
