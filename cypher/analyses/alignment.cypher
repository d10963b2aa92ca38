// name: analyses/alignment
// mode: read
// params: dsv
// returns: goal, national, sdg, covered
// Per RUS goal, the national strategy (nat:) and Agenda 2030 (sdg:) references it reaches over positive
// contributes_to paths through goals of any strategy (spec: alignment), and whether it is a goal that must
// be aligned (level goal or target, or a goal area with no goals under it): `unaligned` when such a goal
// reaches neither.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
CALL (g) {
  OPTIONAL MATCH ANY SHORTEST (g)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(ref:Reference)
  RETURN collect(ref.id) AS refs
}
RETURN g.id AS goal,
       [x IN refs WHERE x STARTS WITH 'nat:'] AS national,
       [x IN refs WHERE x STARTS WITH 'sdg:'] AS sdg,
       coalesce(g.level, 'goal') IN ['goal', 'target']
         OR (g.level = 'goal_area' AND NOT EXISTS { (:Goal)-[:PART_OF]->(g) }) AS covered
