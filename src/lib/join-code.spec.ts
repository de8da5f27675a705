import { describe, expect, it } from 'vitest';
import {
	JOIN_CODE_ALPHABET,
	JOIN_CODE_LENGTH,
	formatJoinCode,
	generateJoinCode,
	normalizeJoinCode
} from './join-code';

describe('join codes', () => {
	it('never use look-alike characters', () => {
		for (const ambiguous of ['0', 'O', '1', 'I'])
			expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
		expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
	});

	it('are six characters from the alphabet', () => {
		for (let i = 0; i < 500; i++) {
			const code = generateJoinCode();
			expect(code).toHaveLength(JOIN_CODE_LENGTH);
			expect([...code].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
		}
	});

	it('use every symbol with the same chance (no modulo bias)', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 4000; i++) {
			for (const c of generateJoinCode()) counts.set(c, (counts.get(c) ?? 0) + 1);
		}
		expect(counts.size).toBe(32);
		const expected = (4000 * JOIN_CODE_LENGTH) / 32;
		for (const count of counts.values()) {
			expect(count).toBeGreaterThan(expected * 0.75);
			expect(count).toBeLessThan(expected * 1.25);
		}
	});

	it('map each random byte to a symbol by its low five bits', () => {
		const bytes = new Uint8Array([0, 31, 32, 255, 7, 8]);
		expect(generateJoinCode(() => bytes)).toBe('A9A9HJ');
	});

	it('accept what people type and refuse what cannot be a code', () => {
		expect(normalizeJoinCode('abc 234')).toBe('ABC234');
		expect(normalizeJoinCode(' xyz-789 ')).toBe('XYZ789');
		expect(normalizeJoinCode('ABC23')).toBeNull();
		expect(normalizeJoinCode('ABC2345')).toBeNull();
		expect(normalizeJoinCode('ABC10O')).toBeNull();
		expect(normalizeJoinCode('<scrip')).toBeNull();
	});

	it('are shown in two groups of three', () => {
		expect(formatJoinCode('ABC234')).toBe('ABC 234');
	});
});
