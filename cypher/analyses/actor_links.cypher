// name: analyses/actor_links
// mode: read
// params: dsv
// returns: actor, action, role
// Which actors lead (responsible_for) and which take part in (participates_in) which actions.
MATCH (p:Actor {dsv: $dsv})-[r:RESPONSIBLE_FOR|PARTICIPATES_IN]->(a:Action)
RETURN p.id AS actor, a.id AS action,
       CASE type(r) WHEN 'RESPONSIBLE_FOR' THEN 'responsible' ELSE 'participant' END AS role
