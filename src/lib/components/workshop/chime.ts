// A soft chime for the beamer when a step's time is up (off unless the facilitator turns it on):
// two quiet sine tones, made in the browser, no sound file. Browsers only let a page make sound
// after someone interacted with it, so the beamer unlocks audio on its first click or key press
// (the full-screen button is one).

let context: AudioContext | undefined;

/** Call from a user gesture on the page: from then on, chimes can sound. */
export function unlockAudio(): void {
	context ??= new AudioContext();
	void context.resume();
}

export function chime(): void {
	if (!context || context.state !== 'running') return;
	const start = context.currentTime;
	for (const [offset, frequency] of [
		[0, 659.25],
		[0.35, 880]
	] as const) {
		const tone = context.createOscillator();
		const gain = context.createGain();
		tone.type = 'sine';
		tone.frequency.value = frequency;
		gain.gain.setValueAtTime(0.0001, start + offset);
		gain.gain.exponentialRampToValueAtTime(0.12, start + offset + 0.04);
		gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 1.1);
		tone.connect(gain).connect(context.destination);
		tone.start(start + offset);
		tone.stop(start + offset + 1.2);
	}
}
