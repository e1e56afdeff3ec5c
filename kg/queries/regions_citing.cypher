// Regions that cite a regulation.
// params: regulation (canonical title or an alias)
// columns: region, regulation, reports
MATCH (s:Region)-[c:CITES]->(g:Regulation)
WHERE g.key = $regulation OR $regulation IN g.aliases
RETURN s.path AS region, g.name AS regulation, size(c.reports) AS reports
ORDER BY region, regulation
