// A follow-up's obstacles on the server: its cards are the cards aggregate's; it adds their section
// to the exports.
import { m } from '$lib/paraglide/messages';
import { cardsSection } from '$lib/server/export/cards-section';
import { defineKindServer } from '$lib/server/kinds/define';
import { OBSTACLE_CARDS } from './cards';
import obstacles from './index';

export default defineKindServer(obstacles, {
	exports: [cardsSection('obstacles', m.export_obstacles, OBSTACLE_CARDS)]
});
