// name: analyses/actors_bottleneck
// mode: read
// params: dsv, min_actions, min_share
// returns: actor, area, actions, total
// Bottlenecks (spec: actors, bottleneck): an actor responsible for at least $min_actions of the actions
// that reach RUS goals in one goal area (the nearest goal of level goal_area at or above a goal), and for
// more than $min_share of them.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
MATCH ANY SHORTEST (g)(()-[:PART_OF]->(:Goal))*(area:Goal WHERE area.level = 'goal_area')
MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
WITH DISTINCT area, a
WITH area, collect(a) AS actions
WITH area, actions, size(actions) AS total
UNWIND actions AS a
MATCH (p:Actor)-[:RESPONSIBLE_FOR]->(a)
WITH area, total, p, count(DISTINCT a) AS led
WHERE led >= $min_actions AND toFloat(led) / total > $min_share
RETURN p.id AS actor, area.id AS area, led AS actions, total
