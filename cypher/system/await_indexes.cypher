// name: system/await_indexes
// mode: schema
// params: none
// returns: none
// Wait until every index is online, so the first import and analysis use them.
CALL db.awaitIndexes(300)
