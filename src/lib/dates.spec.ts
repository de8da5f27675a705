import { describe, expect, it } from 'vitest';
import { timeSpan } from './dates';

describe('a time span', () => {
	it('ends the given minutes after the start, past midnight too', () => {
		expect(timeSpan('14:00', 150)).toBe('14:00–16:30');
		expect(timeSpan('09:45', 20)).toBe('09:45–10:05');
		expect(timeSpan('23:30', 90)).toBe('23:30–01:00');
	});
});
