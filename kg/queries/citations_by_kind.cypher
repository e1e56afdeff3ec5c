// How many regulations of each kind a region cites, by the year its reports cover.
// params: region (division code, path or name), subregions (true/false, default false)
// columns: year, kind, regulations
MATCH (r:Region) WHERE r.key = $region OR r.path = $region OR r.name = $region
MATCH (s:Region)-[c:CITES]->(g:Regulation)
WHERE s = r OR ($subregions AND EXISTS { MATCH (s)-[:PART_OF*1..6]->(r) })
UNWIND c.reports AS rk
MATCH (rep:Report {key: rk})
RETURN rep.year AS year, coalesce(g.kind, '其他') AS kind, count(DISTINCT g) AS regulations
ORDER BY year, kind
