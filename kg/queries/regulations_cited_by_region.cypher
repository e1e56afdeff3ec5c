// Regulations a region cites, optionally with those its sub-regions cite.
// params: region (division code, path or name), subregions (true/false, default false)
// columns: region, regulation, reports
MATCH (r:Region) WHERE r.key = $region OR r.path = $region OR r.name = $region
MATCH (s:Region)-[c:CITES]->(g:Regulation)
WHERE s = r OR ($subregions AND EXISTS { MATCH (s)-[:PART_OF*1..6]->(r) })
RETURN DISTINCT s.path AS region, g.name AS regulation, size(c.reports) AS reports
ORDER BY region, regulation
