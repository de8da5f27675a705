import { describe, expect, it } from 'vitest';
import { STEP_KINDS, stepKind, UnknownStepKindError } from './registry';
import { viewFile, viewOf, type Surface } from './views';

// Only the files' names: nothing is imported.
const files = Object.keys(import.meta.glob('./*/{Phone,Panel,Beamer}.svelte'));
const SURFACES: Surface[] = ['phone', 'panel', 'beamer'];

describe('the step kinds', () => {
	it('each have a phone screen, a dashboard panel and a beamer view in their folder', () => {
		for (const kind of Object.keys(STEP_KINDS)) {
			for (const surface of SURFACES) expect(files).toContain(viewFile(kind, surface));
		}
	});

	it('leave no folder of views without a kind (which no step could ever show)', () => {
		const folders = new Set(files.map((file) => file.split('/')[1]));
		expect([...folders].sort()).toEqual(Object.keys(STEP_KINDS).sort());
	});

	it('refuse a kind this version does not know, naming it', () => {
		expect(() => stepKind('brainstorm')).toThrow(UnknownStepKindError);
		const views = Object.fromEntries(files.map((file) => [file, () => Promise.reject()]));
		expect(() => viewOf(views, 'brainstorm', 'phone')).toThrow(/brainstorm/);
		expect(() => viewOf(views, 'toString', 'phone')).toThrow(/toString/);
		expect(viewOf(views, 'values', 'phone')).toBe(views['./values/Phone.svelte']);
	});
});
