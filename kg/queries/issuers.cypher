// Who issued a regulation.
// params: regulation (canonical title or an alias)
// columns: agency, regulation, reports
MATCH (a:Agency)-[i:ISSUED]->(g:Regulation)
WHERE g.key = $regulation OR $regulation IN g.aliases
RETURN a.name AS agency, g.name AS regulation, size(i.reports) AS reports
ORDER BY agency, regulation
