// name: workshops/suggested_pairs
// mode: read
// params: dsv
// returns: source, target, actions, actors, plans, area
// Goal pairs worth scoring in a workshop (interfaces.md, Workshops, "suggested"): goals of level goal or
// target (any strategy) without an interacts_with link between them in either direction, neither
// contributing to the other directly nor one under the other, that share something: actions reaching
// both within two contributes_to links of positive score, actors leading or taking part in such actions,
// plans those actions belong to, or the goal area (the nearest goal of level goal_area above both).
// One row per unordered pair (source id < target id) with what they share; Python ranks and caps them.
MATCH (g:Goal {dsv: $dsv})
WHERE coalesce(g.level, 'goal') IN ['goal', 'target']
OPTIONAL MATCH (act:Action {dsv: $dsv})-[r:CONTRIBUTES_TO WHERE r.score > 0]->{1,2}(g)
WITH g, collect(DISTINCT act) AS acts
OPTIONAL MATCH (g)-[:PART_OF]->+(area:Goal {level: 'goal_area'})
WITH g, acts, head(collect(area.id)) AS area
CALL (acts) {
  UNWIND acts AS act
  OPTIONAL MATCH (actor:Actor)-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(act)
  RETURN collect(DISTINCT actor.id) AS actors, collect(DISTINCT act.strategy) AS plans
}
WITH collect({goal: g, acts: [a IN acts | a.id], actors: actors, plans: plans, area: area}) AS rows
UNWIND rows AS x
UNWIND rows AS y
WITH x, y, x.goal AS a, y.goal AS b
WHERE a.id < b.id
  AND NOT EXISTS { (a)-[:INTERACTS_WITH|CONTRIBUTES_TO]-(b) }
  AND NOT EXISTS { (a)-[:PART_OF]->+(b) }
  AND NOT EXISTS { (b)-[:PART_OF]->+(a) }
WITH a, b, [v IN x.acts WHERE v IN y.acts] AS actions, [v IN x.actors WHERE v IN y.actors] AS actors,
     [v IN x.plans WHERE v IN y.plans] AS plans,
     CASE WHEN x.area IS NOT NULL AND x.area = y.area THEN x.area END AS area
WHERE size(actions) > 0 OR size(actors) > 0 OR size(plans) > 0 OR area IS NOT NULL
RETURN a.id AS source, b.id AS target, actions, actors, plans, area
ORDER BY source, target
