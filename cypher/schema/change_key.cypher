// name: schema/change_key
// mode: schema
// params: none
// returns: none
// A dataset's changes are numbered 1, 2, 3, ...; the number is unique per dataset.
CREATE CONSTRAINT change_key IF NOT EXISTS FOR (c:Change) REQUIRE (c.dataset, c.seq) IS UNIQUE
