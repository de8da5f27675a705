import type { CardKind } from '../../workshop/state';

/**
 * The cards participants write while the case is explored, in the order the screens show them.
 * The registry declares them as the case kind's cards (so the server takes no others); the case
 * views import them from here, so a phone needs no registry to draw its screen.
 */
export const CASE_CARDS = ['stakeholder', 'risk', 'dilemma'] as const satisfies readonly CardKind[];
