// name: views/goal_areas
// mode: read
// params: dsv
// returns: goal, area
// Every goal of one dataset version that sits under a goal area (or is one), with that goal area: the
// nearest goal of level goal_area at or above it, following goals.parent (PART_OF). The same rule the
// analyses use (synergies_multi_goal, actors_bottleneck, complementarity_territorial_gap).
MATCH (g:Goal {dsv: $dsv})
MATCH ANY SHORTEST (g)(()-[:PART_OF]->(:Goal))*(area:Goal WHERE area.level = 'goal_area')
RETURN g.id AS goal, area.id AS area
ORDER BY goal
