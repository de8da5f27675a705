// The one list of methods. Adding a method is adding its folder and one line here: the step kinds
// hold the behaviour, so handlers, views, exports and migrations stay as they are.
import codio from './codio';
import followUp from './follow-up';
import instrument from './instrument';
import miniTest from './mini-test';
import type { Method } from './types';

export const METHODS: readonly Method[] = [codio, followUp, miniTest, instrument];

export const DEFAULT_METHOD = codio.key;

class UnknownMethodError extends Error {
	constructor(readonly key: string) {
		super(`Unknown method "${key}"`);
	}
}

/** The method with this key; an unknown key (from stored data or an archive) is an error. */
export function methodByKey(key: string): Method {
	const method = METHODS.find((m) => m.key === key);
	if (!method) throw new UnknownMethodError(key);
	return method;
}

export function isMethodKey(key: string): boolean {
	return METHODS.some((m) => m.key === key);
}

/** The methods a facilitator can start a workshop with. */
export const OFFERED_METHODS = METHODS.filter((m) => m.offered);

export type { Method, MethodStep, Catalogue } from './types';
