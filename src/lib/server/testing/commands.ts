// Test support: the commands of a phone and of the dashboard by the names the specs use, wherever
// their aggregate or step kind keeps them.
import * as closing from '$lib/steps/closing/commands.server';
import * as actions from '$lib/steps/actions/commands.server';
import * as rating from '$lib/steps/rating/commands.server';
import * as reflection from '$lib/steps/reflection/commands.server';
import { reportStatus } from '$lib/steps/status/index.server';
import * as values from '$lib/steps/values/commands.server';
import * as cards from '../workshops/cards';
import * as catalogue from '../workshops/catalogue';
import * as commitments from '../workshops/commitments';
import * as participants from '../workshops/participants';
import * as room from '../workshops/room';
import * as steps from '../workshops/steps';

export const participant = {
	setProfile: participants.setProfile,
	addCard: cards.addCard,
	editOwnCard: cards.editOwnCard,
	withdrawCard: cards.withdrawCard,
	addOwnValue: values.addOwnValue,
	editOwnValue: values.editOwnValue,
	withdrawValue: values.withdrawValue,
	setVote: values.setVote,
	addTension: values.addTension,
	proposeAction: actions.proposeAction,
	setRating: rating.setRating,
	volunteer: commitments.volunteer,
	setReflection: reflection.setReflection,
	setClosingNote: closing.setClosingNote,
	reportStatus
};

export const facilitator = {
	setCurrentStep: steps.setCurrentStep,
	controlTimer: steps.controlTimer,
	setStepFlags: steps.setStepFlags,
	editStep: steps.editStep,
	editCard: cards.editCard,
	mergeCards: cards.mergeCards,
	addAction: actions.addAction,
	linkAction: actions.linkAction,
	selectAction: commitments.selectAction,
	addCommitment: commitments.addCommitment,
	updateCommitment: commitments.updateCommitment,
	selectValue: catalogue.selectValue,
	editValue: catalogue.editValue,
	createValue: catalogue.createValue,
	setVotingRules: values.setVotingRules,
	hideTension: values.hideTension,
	removeParticipant: participants.removeParticipant,
	lockJoining: room.lockJoining,
	setDisplay: room.setDisplay,
	pageBeamer: room.pageBeamer
};
