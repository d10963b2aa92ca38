// name: workshops/accepted
// mode: write
// params: id, at, links
// returns: id
// Record that a workshop's agreed scores were written into its dataset, and how many links.
MATCH (w:Workshop {id: $id})
SET w.accepted_at = $at, w.accepted_links = $links
RETURN w.id AS id
