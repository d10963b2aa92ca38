// name: schema/workshop_id
// mode: schema
// params: none
// returns: none
// A scoring workshop is found by its id (interfaces.md, Workshops).
CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (w:Workshop) REQUIRE w.id IS UNIQUE
