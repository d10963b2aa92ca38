// name: analyses/contribution
// mode: read
// params: dsv, goal, inactive
// returns: goal, actions, active_actions, plans, indicators
// One scorecard per RUS goal (or only $goal) (spec: contribution): the actions reaching it (breadth first
// backwards over positive contributes_to links) and how many of them are active (current status, see
// graph/progress.py, not in $inactive), their plans, and the indicators measuring it or a goal under it (goals.parent) with
// direction, baseline, target and their last two observations for the whole area (no area) and gender T,
// newest first (periods are years or ISO dates, so text order is time order).
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
WHERE $goal IS NULL OR g.id = $goal
CALL (g) {
  OPTIONAL MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
  RETURN count(a) AS actions, collect(DISTINCT a.strategy) AS plans,
         count(CASE WHEN NOT coalesce(a.current_status, a.status, '') IN $inactive THEN a END) AS active_actions
}
CALL (g) {
  OPTIONAL MATCH (g)(()<-[:PART_OF]-(:Goal))*(:Goal)-[:MEASURED_BY]->(i:Indicator)
  WITH DISTINCT i
  CALL (i) {
    OPTIONAL MATCH (o:Observation)-[:OF]->(i)
    WHERE o.area IS NULL AND coalesce(o.gender, 'T') = 'T'
    WITH o ORDER BY o.period DESC
    LIMIT 2
    RETURN collect(CASE WHEN o IS NOT NULL THEN {period: o.period, value: o.value} END) AS latest
  }
  RETURN collect(CASE WHEN i IS NOT NULL THEN {id: i.id, direction: i.direction, baseline_value: i.baseline_value,
                 target_value: i.target_value, latest: latest} END) AS indicators
}
RETURN g.id AS goal, actions, active_actions, plans, indicators
