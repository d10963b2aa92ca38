// name: analyses/uncovered_goals
// mode: read
// params: dsv, inactive
// returns: goal, kind, related
// RUS goals of level goal or target (and goal areas with no goals under them) that actions do not carry
// well (spec: uncovered_goals): `no_action` = no action reaches it; `single_plan` = every action reaching
// it belongs to one plan (related: that plan); `no_active_action` = every action reaching it has a status
// in $inactive (related: those actions). Reaching actions are found breadth first backwards from the goal.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
WHERE coalesce(g.level, 'goal') IN ['goal', 'target']
   OR (g.level = 'goal_area' AND NOT EXISTS { (:Goal)-[:PART_OF]->(g) })
CALL (g) {
  OPTIONAL MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
  RETURN collect(a.id) AS actions, collect(DISTINCT a.strategy) AS plans,
         collect(CASE WHEN NOT coalesce(a.current_status, a.status, '') IN $inactive THEN a.id END) AS active
}
UNWIND [
  CASE WHEN size(actions) = 0 THEN {kind: 'no_action', related: []} END,
  CASE WHEN size(plans) = 1 THEN {kind: 'single_plan', related: plans} END,
  CASE WHEN size(actions) > 0 AND size(active) = 0 THEN {kind: 'no_active_action', related: actions} END
] AS finding
WITH g, finding
WHERE finding IS NOT NULL
RETURN g.id AS goal, finding.kind AS kind, finding.related AS related
