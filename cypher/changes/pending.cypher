// name: changes/pending
// mode: read
// params: dataset
// returns: edits
// How many changes (edits) a dataset has had since its last import: what a re-import would replace.
CYPHER replan=skip OPTIONAL MATCH (d:Dataset {name: $dataset})
RETURN coalesce(d.edits_since_import, 0) AS edits
