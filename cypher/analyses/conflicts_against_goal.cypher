// name: analyses/conflicts_against_goal
// mode: read
// params: dsv
// returns: subject, target, score
// Actions working against a goal (spec: conflicts, action_against_goal): a contributes_to link from an
// action with score < 0, with the most negative score between the pair.
MATCH (a:Action {dsv: $dsv})-[r:CONTRIBUTES_TO]->(b:Item)
WHERE r.score < 0
RETURN a.id AS subject, b.id AS target, min(r.score) AS score
