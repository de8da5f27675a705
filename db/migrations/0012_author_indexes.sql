-- A participant's own inputs are read after every write (the acknowledgement carries them) and
-- their additions are counted against the caps. Without these indexes each of those queries read
-- every card, value, tension and volunteer of every workshop on the node: the cost of a write grew
-- with the size of the database (bench/capacity.mjs).
CREATE INDEX cards_by_author ON cards (added_by, created_at);
CREATE INDEX workshop_values_by_author ON workshop_values (added_by, position);
CREATE INDEX value_tensions_by_author ON value_tensions (added_by);
CREATE INDEX value_tensions_by_workshop ON value_tensions (workshop_id);
CREATE INDEX commitment_volunteers_by_participant ON commitment_volunteers (participant_id);
-- A vote or a rating changes one value's tally or one action's summary: the patch reads the votes
-- of that value and the ratings of that action, which needs these (the primary keys begin with the
-- participant).
CREATE INDEX value_votes_by_value ON value_votes (value_id);
CREATE INDEX action_ratings_by_action ON action_ratings (action_id);
