// name: workshops/scores
// mode: read
// params: id
// returns: participant, source, target, score, rationale, confidence, at
// Every participant's current score of every pair of one workshop, oldest first.
MATCH (s:WorkshopScore {workshop: $id})
RETURN s.participant AS participant, s.source AS source, s.target AS target, s.score AS score,
       s.rationale AS rationale, s.confidence AS confidence, s.at AS at
ORDER BY s.at, s.participant, s.source, s.target
