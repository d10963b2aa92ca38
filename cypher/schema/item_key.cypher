// name: schema/item_key
// mode: schema
// params: none
// returns: none
// Rows of every dataset version (and reference data) are unique by version key and imported id.
CREATE CONSTRAINT item_key IF NOT EXISTS FOR (n:Item) REQUIRE (n.dsv, n.id) IS UNIQUE
