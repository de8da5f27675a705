// CODIO's last step on the server: it takes the reflection's and the closing's events and counts
// as the reflection does; its documents have the commitments, the reflection and the closing notes.
import { commitmentsSection } from '$lib/server/export/commitments-section';
import { defineKindServer } from '$lib/server/kinds/define';
import { sections as closingSections } from '../closing/export.server';
import { sections as reflectionSections } from '../reflection/export.server';
import { countReflected } from '../reflection/slice.server';
import commitments from './index';

export default defineKindServer(commitments, {
	progress: countReflected,
	exports: [commitmentsSection, ...reflectionSections, ...closingSections]
});
