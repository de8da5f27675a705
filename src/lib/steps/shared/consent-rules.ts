// A consent check's positions and the length of a reason: shared by the consent kind's schema
// (the server's check) and the screens of every kind that asks for consent, without zod on a phone.
export const POSITIONS = ['agree', 'accept', 'object'] as const;
export type Position = (typeof POSITIONS)[number];

export const REASON_MAX = 500;
