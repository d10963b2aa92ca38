// name: analyses/synergies_multi_goal
// mode: read
// params: dsv, min_areas
// returns: action, areas
// Actions reaching RUS goals in at least $min_areas different RUS goal areas (spec: synergies,
// multi_goal_action). A goal's goal area is the nearest goal of level goal_area at or above it
// (goals.parent); RUS goals in no goal area are not counted.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
MATCH ANY SHORTEST (g)(()-[:PART_OF]->(:Goal))*(area:Goal WHERE area.level = 'goal_area')
MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
WITH a, collect(DISTINCT area.id) AS areas
WHERE size(areas) >= $min_areas
RETURN a.id AS action, areas
