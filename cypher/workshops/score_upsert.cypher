// name: workshops/score_upsert
// mode: write
// params: id, participant, rows, at
// returns: saved
// A participant's scores of one workshop; a later score of the same pair replaces the earlier.
UNWIND $rows AS row
MERGE (s:WorkshopScore {workshop: $id, participant: $participant, source: row.source, target: row.target})
SET s.score = row.score, s.rationale = row.rationale, s.confidence = row.confidence, s.at = $at
RETURN count(s) AS saved
