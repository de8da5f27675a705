// A follow-up's adjustments on the server: the commitments aggregate holds what changes; the step
// adds the commitments to the exports.
import { commitmentsSection } from '$lib/server/export/commitments-section';
import { defineKindServer } from '$lib/server/kinds/define';
import adjust from './index';

export default defineKindServer(adjust, { exports: [commitmentsSection] });
