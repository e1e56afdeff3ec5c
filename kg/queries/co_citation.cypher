// Regulations that two regions both cite.
// params: region_a, region_b (division code, path or name)
// columns: regulation, region_a, region_b
MATCH (a:Region) WHERE a.key = $region_a OR a.path = $region_a OR a.name = $region_a
MATCH (b:Region) WHERE b.key = $region_b OR b.path = $region_b OR b.name = $region_b
MATCH (a)-[:CITES]->(g:Regulation)<-[:CITES]-(b)
RETURN DISTINCT g.name AS regulation, a.path AS region_a, b.path AS region_b
ORDER BY regulation, region_a, region_b
