// name: schema/version_key
// mode: schema
// params: none
// returns: none
CREATE CONSTRAINT version_key IF NOT EXISTS FOR (v:Version) REQUIRE v.key IS UNIQUE
