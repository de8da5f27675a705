import type { ParamMatcher } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/join-code';

export const match: ParamMatcher = (param) => normalizeJoinCode(param) !== null;
