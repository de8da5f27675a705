// The index of step kinds: one line per kind, its folder's definition under its name. Everything
// else (handlers, projections, patches, exports, views, the phone's outbox) asks the registry
// (./index.ts and src/lib/server/kinds/index.ts), which reads this list.
export { default as opening } from './opening';
export { default as case } from './case';
export { default as values } from './values';
export { default as actions } from './actions';
export { default as rating } from './rating';
export { default as status } from './status';
export { default as obstacles } from './obstacles';
export { default as adjust } from './adjust';
export { default as reflection } from './reflection';
export { default as closing } from './closing';
export { default as commitments } from './commitments';
export { default as consent } from './consent';
export { default as questions } from './questions';
export { default as decision } from './decision';
