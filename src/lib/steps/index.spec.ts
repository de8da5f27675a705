import { describe, expect, it } from 'vitest';
import { STEP_KINDS, stepKind, UnknownStepKindError } from '.';
import { viewFile, viewOf, type Surface } from './views';

// Only the files' names: nothing is imported.
const files = Object.keys(import.meta.glob('./*/{Phone,Panel,Beamer}.svelte'));
const definitions = Object.keys(import.meta.glob('./*/index.ts'));
const serverParts = Object.keys(import.meta.glob('./*/index.server.ts'));
const folderOf = (file: string) => file.split('/')[1];
const SURFACES: Surface[] = ['phone', 'panel', 'beamer'];

describe('the step kinds', () => {
	it('each have a phone screen, a dashboard panel and a beamer view in their folder', () => {
		for (const kind of Object.keys(STEP_KINDS)) {
			for (const surface of SURFACES) expect(files).toContain(viewFile(kind, surface));
		}
	});

	it('leave no folder of views without a kind (which no step could ever show)', () => {
		const folders = new Set(files.map(folderOf));
		expect([...folders].sort()).toEqual(Object.keys(STEP_KINDS).sort());
	});

	it('are each one folder: its definition (under its own name) and its server part', () => {
		expect(definitions.map(folderOf).sort()).toEqual(Object.keys(STEP_KINDS).sort());
		expect(serverParts.map(folderOf).sort()).toEqual(Object.keys(STEP_KINDS).sort());
		for (const [name, kind] of Object.entries(STEP_KINDS)) expect(kind.name).toBe(name);
	});

	it('refuse a kind this version does not know, naming it', () => {
		expect(() => stepKind('brainstorm')).toThrow(UnknownStepKindError);
		const views = Object.fromEntries(files.map((file) => [file, () => Promise.reject()]));
		expect(() => viewOf(views, 'brainstorm', 'phone')).toThrow(/brainstorm/);
		expect(() => viewOf(views, 'toString', 'phone')).toThrow(/toString/);
		expect(viewOf(views, 'values', 'phone')).toBe(views['./values/Phone.svelte']);
	});
});
