// The rating step's one event: a participant's necessity and importance (1–5) for an action.
import { z } from 'zod';
import { id } from '../../schemas/common';
import { event } from '../../schemas/event';
import { RATING_MAX, RATING_MIN } from '../../workshop/ratings';

const rating = z.int().min(RATING_MIN).max(RATING_MAX);

export const ratingSchema = z.strictObject({ actionId: id, necessity: rating, importance: rating });

export const participantEvents = { 'rating:set': event(ratingSchema, 'mine') };
export const facilitatorEvents = {};
