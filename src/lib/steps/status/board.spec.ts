import { describe, expect, it } from 'vitest';
import { isOverdue } from '$lib/vocabulary';
import { keepDayAndMonth } from './board';

describe('isOverdue', () => {
	const today = '2026-12-06';
	it('flags an unfinished commitment past its due date', () => {
		expect(isOverdue({ status: 'open', dueOn: '2026-12-02' }, today)).toBe(true);
		expect(isOverdue({ status: 'blocked', dueOn: '2026-12-05' }, today)).toBe(true);
	});
	it('not one due today or later, without a date, or finished', () => {
		expect(isOverdue({ status: 'open', dueOn: today }, today)).toBe(false);
		expect(isOverdue({ status: 'open', dueOn: '2027-01-01' }, today)).toBe(false);
		expect(isOverdue({ status: 'open', dueOn: null }, today)).toBe(false);
		expect(isOverdue({ status: 'done', dueOn: '2026-12-02' }, today)).toBe(false);
		expect(isOverdue({ status: 'dropped', dueOn: '2026-12-02' }, today)).toBe(false);
	});
});

it('keeps day and month of a date on one line, the year may wrap', () => {
	expect(keepDayAndMonth('7 december 2026')).toBe('7\u00a0december 2026');
});
