// Input limits, in one place: the zod schemas enforce them and the forms' maxlength and max
// attributes show them, so a field never accepts more than the server stores.

export const LIMITS = {
	// People
	participantName: 40,
	facilitatorName: 80,
	email: 254,
	passwordMin: 10,
	passwordMax: 200,
	role: 80,
	owner: 120,
	statusNote: 500,
	// A workshop
	title: 120,
	organisation: 120,
	caseDescription: 4000,
	purpose: 1000,
	location: 200,
	seatName: 60,
	retentionDaysMax: 3650,
	// An organisation's sign-in: one value of a claim (a tenant id, an app role, a group id)
	claimValue: 200,
	// Its steps
	stepTitle: 120,
	stepQuestion: 400,
	notes: 4000,
	stepMinutesMax: 240,
	// What people put in
	cardText: 280,
	cluster: 60,
	valueName: 60,
	valueDescription: 280,
	tensionNote: 280,
	reflectionComment: 500,
	closingNote: 1000,
	dotsMax: 20
} as const;
