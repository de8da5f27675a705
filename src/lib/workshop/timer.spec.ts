import { describe, expect, it } from 'vitest';
import { minutesToMs } from '$lib/format';
import {
	addTime,
	formatClock,
	isRunning,
	pauseTimer,
	remainingMs,
	resetTimer,
	startTimer,
	type TimerState
} from './timer';

/** A step's timer before it first runs. */
const planned = (minutes: number): TimerState => ({
	durationMs: minutesToMs(minutes),
	elapsedMs: 0,
	runningSince: null
});

describe('step timer', () => {
	it('counts down only while running, across pauses', () => {
		let timer = planned(15);
		expect(remainingMs(timer, 1_000)).toBe(15 * 60_000);
		timer = startTimer(timer, 10_000);
		expect(isRunning(timer)).toBe(true);
		expect(remainingMs(timer, 70_000)).toBe(14 * 60_000);
		timer = pauseTimer(timer, 70_000);
		expect(remainingMs(timer, 500_000)).toBe(14 * 60_000);
		timer = startTimer(timer, 500_000);
		expect(remainingMs(timer, 530_000)).toBe(14 * 60_000 - 30_000);
	});

	it('ignores a second start or pause', () => {
		const running = startTimer(planned(1), 0);
		expect(startTimer(running, 30_000)).toBe(running);
		const paused = pauseTimer(running, 10_000);
		expect(pauseTimer(paused, 20_000)).toBe(paused);
	});

	it('takes added time and signals time up with a negative remainder', () => {
		let timer = startTimer(planned(1), 0);
		expect(remainingMs(timer, 90_000)).toBe(-30_000);
		timer = addTime(timer, 60_000);
		expect(remainingMs(timer, 90_000)).toBe(30_000);
		expect(remainingMs(resetTimer(timer), 90_000)).toBe(120_000);
	});

	it('formats as minutes and seconds, with a minus sign over time', () => {
		expect(formatClock(15 * 60_000)).toBe('15:00');
		expect(formatClock(61_001)).toBe('1:02');
		expect(formatClock(-42_000)).toBe('−0:42');
	});
});
