// Constraints and indexes kg applies before every load (kg load, kg build --neo4j).
// Every node is merged on `key`: a Region's division code (else its path), a Report's
// path, every other entity's canonical name. One statement per line, each idempotent.
CREATE CONSTRAINT report_key IF NOT EXISTS FOR (n:Report) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (n:Agency) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT regulation_key IF NOT EXISTS FOR (n:Regulation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT initiative_key IF NOT EXISTS FOR (n:Initiative) REQUIRE n.key IS UNIQUE;
CREATE INDEX region_path IF NOT EXISTS FOR (n:Region) ON (n.path);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX regulation_name IF NOT EXISTS FOR (n:Regulation) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
