// How long a questions step's texts may be: shared by its schemas (the server's check) and its
// views (the fields' maxlength), without bringing zod to a phone.
export const DRAFT_MAX = 2000;
export const CONSIDERATIONS_MAX = 4000;
export const DISSENT_MAX = 2000;
export const ANSWER_MAX = 8000;
