// Who issued a regulation: a body, or a region named as the actor (by its path).
// params: regulation (canonical title or an alias)
// columns: issuer, regulation, reports
MATCH (a)-[i:ISSUED]->(g:Regulation)
WHERE (a:Agency OR a:Region) AND (g.key = $regulation OR $regulation IN g.aliases)
RETURN coalesce(a.path, a.name) AS issuer, g.name AS regulation, size(i.reports) AS reports
ORDER BY issuer, regulation
