// name: analyses/unmeasured_goals
// mode: read
// params: dsv
// returns: goal
// RUS goals (any level) with no measured_by on themselves or on any goal under them (goals.parent, a tree)
// (spec: unmeasured, goal_without_indicator).
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
WHERE NOT EXISTS { MATCH (g)(()<-[:PART_OF]-(:Goal))*(:Goal)-[:MEASURED_BY]->(:Indicator) }
RETURN g.id AS goal
