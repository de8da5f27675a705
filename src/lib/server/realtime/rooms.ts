// Room names come from here only. Each audience has its own room, because each gets its own
// projection of the workshop: the dashboard everything, the beamer and the phones the public view.

/** Everyone in a workshop: dashboard, beamer and phones (step changes, resync requests). */
export const workshopRoom = (workshopId: string) => `workshop:${workshopId}`;

/** The facilitator's dashboards of a workshop (owner and co-facilitators). */
export const dashboardRoom = (workshopId: string) => `workshop:${workshopId}:dashboard`;

/** The beamer views of a workshop: the room's screen. */
export const beamerRoom = (workshopId: string) => `workshop:${workshopId}:beamer`;

/** The phones of a workshop. */
export const participantsRoom = (workshopId: string) => `workshop:${workshopId}:participants`;

/** All sockets (tabs, reconnects) of one participant. */
export const participantRoom = (participantId: string) => `participant:${participantId}`;

/** The dashboard and beamer sockets opened under one sign-in session. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
