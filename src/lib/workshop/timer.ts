// The step timer, as plain data so the server stores it and every screen computes the same time.

export interface TimerState {
	/** Planned length, including time added. */
	durationMs: number;
	/** Time used in earlier runs (before the last pause). */
	elapsedMs: number;
	/** When the current run started; null while paused or not started. */
	runningSince: number | null;
}

export function elapsedMs(timer: TimerState, now: number): number {
	return (
		timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
	);
}

/** Time left; negative once the time is up (the overrun is shown too). */
export function remainingMs(timer: TimerState, now: number): number {
	return timer.durationMs - elapsedMs(timer, now);
}

export function isRunning(timer: TimerState): boolean {
	return timer.runningSince !== null;
}

export function startTimer(timer: TimerState, now: number): TimerState {
	return isRunning(timer) ? timer : { ...timer, runningSince: now };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
	return isRunning(timer)
		? { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null }
		: timer;
}

export function addTime(timer: TimerState, ms: number): TimerState {
	return { ...timer, durationMs: Math.max(0, timer.durationMs + ms) };
}

export function resetTimer(timer: TimerState): TimerState {
	return { ...timer, elapsedMs: 0, runningSince: null };
}

/** 5:07, or −0:42 when over time. */
export function formatClock(ms: number): string {
	const sign = ms < 0 ? '−' : '';
	const totalSeconds = Math.ceil(Math.abs(ms) / 1000);
	const minutes = Math.floor(totalSeconds / 60);
	const seconds = totalSeconds % 60;
	return `${sign}${minutes}:${String(seconds).padStart(2, '0')}`;
}
