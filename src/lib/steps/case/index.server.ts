// The case on the server: its cards are the cards aggregate's (src/lib/server/workshops/cards.ts);
// it adds their section to the exports.
import { m } from '$lib/paraglide/messages';
import { cardsSection } from '$lib/server/export/cards-section';
import { defineKindServer } from '$lib/server/kinds/define';
import { CASE_CARDS } from './cards';
import caseKind from './index';

export default defineKindServer(caseKind, {
	exports: [cardsSection('caseCards', m.export_case_cards, CASE_CARDS)]
});
