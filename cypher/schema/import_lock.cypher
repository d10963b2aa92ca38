// name: schema/import_lock
// mode: schema
// params: none
// returns: none
// At most one import per dataset at a time: the lock node is unique by dataset name.
CREATE CONSTRAINT import_lock IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.dataset IS UNIQUE
