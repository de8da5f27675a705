/**
 * The cards participants write while the case is explored, in the order the screens show them.
 * The kind declares them as its cards (so the server takes no others); the case views import them
 * from here, so a phone needs no registry to draw its screen.
 */
export const CASE_CARDS = ['stakeholder', 'risk', 'dilemma'] as const;
