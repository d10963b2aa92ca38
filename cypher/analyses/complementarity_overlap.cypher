// name: analyses/complementarity_overlap
// mode: read
// params: dsv
// returns: goal, action1, action2, lead
// Overlaps (spec: complementarity, overlap): two actions in different plans that reach the same RUS goal,
// share a lead actor (responsible_for; lead: the first shared one by id) and at least one area, where an
// empty `areas`, or one naming the RUS's county, counts as the whole area.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
WITH s, g, replace(coalesce(s.area, ''), 'area:', '') AS county
CALL (g) {
  MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
  RETURN collect(a) AS reaching
}
UNWIND reaching AS a1
MATCH (lead:Actor)-[:RESPONSIBLE_FOR]->(a1)
MATCH (lead)-[:RESPONSIBLE_FOR]->(a2:Action)
WHERE a1.id < a2.id AND a1.strategy <> a2.strategy AND a2 IN reaching
WITH g, a1, a2, lead, county,
     [x IN coalesce(a1.areas, []) | replace(toString(x), 'area:', '')] AS areas1,
     [x IN coalesce(a2.areas, []) | replace(toString(x), 'area:', '')] AS areas2
WHERE size(areas1) = 0 OR size(areas2) = 0 OR (county <> '' AND (county IN areas1 OR county IN areas2))
   OR any(x IN areas1 WHERE x IN areas2)
RETURN g.id AS goal, a1.id AS action1, a2.id AS action2, min(lead.id) AS lead
