// The actions step on the server: its commands and its export section.
import { defineKindServer } from '$lib/server/kinds/define';
import { facilitatorHandlers, participantHandlers } from './commands.server';
import { sections } from './export.server';
import actions from './index';

export default defineKindServer(actions, {
	participant: participantHandlers,
	facilitator: facilitatorHandlers,
	exports: sections
});
