// name: import/relationships
// mode: write
// params: rows, dsv, ref
// returns: created
// Create one batch of relationships between rows of one version (or to reference rows when row.to_ref);
// row.type comes from graph.model's allow-list, never from input. Both ends are sought by the unique (dsv, id)
// index whatever the store's statistics say (see import/observations).
UNWIND $rows AS row
MATCH (a:Item {dsv: $dsv, id: row.from})
USING INDEX a:Item(dsv, id)
MATCH (b:Item {dsv: CASE WHEN row.to_ref THEN $ref ELSE $dsv END, id: row.to})
USING INDEX b:Item(dsv, id)
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
RETURN count(r) AS created
