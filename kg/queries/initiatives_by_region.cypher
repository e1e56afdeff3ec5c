// Initiatives a region carries out, optionally with its sub-regions'.
// params: region (division code, path or name), subregions (true/false, default false)
// columns: region, initiative, reports
MATCH (r:Region) WHERE r.key = $region OR r.path = $region OR r.name = $region
MATCH (s:Region)-[c:IMPLEMENTS]->(i:Initiative)
WHERE s = r OR ($subregions AND EXISTS { MATCH (s)-[:PART_OF*1..6]->(r) })
RETURN DISTINCT s.path AS region, i.name AS initiative, size(c.reports) AS reports
ORDER BY region, initiative
