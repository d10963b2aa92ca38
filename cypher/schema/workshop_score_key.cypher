// name: schema/workshop_score_key
// mode: schema
// params: none
// returns: none
// One score per workshop, participant and pair: a participant's later score replaces the earlier.
CREATE CONSTRAINT workshop_score_key IF NOT EXISTS
FOR (s:WorkshopScore) REQUIRE (s.workshop, s.participant, s.source, s.target) IS UNIQUE
