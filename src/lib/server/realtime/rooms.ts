// Room names come from here only.

/** Everyone in a workshop: dashboard, beamer and phones. */
export const workshopRoom = (workshopId: string) => `workshop:${workshopId}`;

/** The facilitator's screens of a workshop (dashboard and beamer). */
export const facilitatorRoom = (workshopId: string) => `workshop:${workshopId}:facilitator`;

/** All sockets (tabs, reconnects) of one participant. */
export const participantRoom = (participantId: string) => `participant:${participantId}`;

/** The dashboard and beamer sockets opened under one sign-in session. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** The phones of a workshop (they get the public version of the state). */
export const participantsRoom = (workshopId: string) => `workshop:${workshopId}:participants`;
