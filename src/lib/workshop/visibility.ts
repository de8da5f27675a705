// Types that say who may see what, for the state of every audience: a field an audience must never
// have (`Without`), and a result the room sees only once revealed (`RoomResult`). Imports nothing,
// so the step kinds' own state types can use it without a cycle.

/** Keys a type must not have: an object that has one of them is not assignable to it. */
export type Without<Keys extends string> = { [K in Keys]?: never };

declare const REVEALED: unique symbol;
/** An item of a blind result that the room may see: only the reveal check makes one. */
export type Revealed<T> = T & { readonly [REVEALED]: true };
/** A result the room sees only once a step that holds it is revealed: blind (null) or revealed. */
export type RoomResult<T> = Revealed<T>[] | null;
