// name: analyses/complementarity_territorial_gap
// mode: read
// params: dsv
// returns: area, missing
// Territorial gaps (spec: complementarity, territorial_gap): a RUS goal area where every action reaching a
// RUS goal in it (the area itself included) names specific `areas`, and some municipalities of the RUS's
// county (the RUS strategy's `area`, municipalities from the bundled reference rows) are named by none.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})
WITH s, replace(coalesce(s.area, ''), 'area:', '') AS county
CALL (s, county) {
  MATCH (m:Reference {kind: 'municipality'})-[:PART_OF]->(:Reference {kind: 'county', id: 'area:' + county})
  RETURN collect(replace(m.id, 'area:', '')) AS municipalities
}
MATCH (s)<-[:IN_STRATEGY]-(g:Goal)
MATCH ANY SHORTEST (g)(()-[:PART_OF]->(:Goal))*(area:Goal WHERE area.level = 'goal_area')
MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
WITH DISTINCT area, a, county, municipalities,
     [x IN coalesce(a.areas, []) | replace(toString(x), 'area:', '')] AS named
WITH area, county, municipalities, collect(named) AS covers
WHERE size(municipalities) > 0
  AND none(c IN covers WHERE size(c) = 0 OR county IN c)
WITH area, [m IN municipalities WHERE none(c IN covers WHERE m IN c)] AS missing
WHERE size(missing) > 0
RETURN area.id AS area, missing
