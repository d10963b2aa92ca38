// name: analyses/measures
// mode: read
// params: dsv
// returns: source, indicator
// Which goals and actions are followed up with which indicators (measured_by).
MATCH (s:Item {dsv: $dsv})-[:MEASURED_BY]->(i:Indicator)
RETURN s.id AS source, i.id AS indicator
