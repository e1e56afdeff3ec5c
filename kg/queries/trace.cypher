// The evidence for a region citing a regulation: every sentence, report and offset.
// params: region (division code, path or name), regulation (canonical title or an alias)
// columns: region, regulation, report, sentence, start, end
MATCH (s:Region)-[c:CITES]->(g:Regulation)
WHERE (s.key = $region OR s.path = $region OR s.name = $region)
  AND (g.key = $regulation OR $regulation IN g.aliases)
RETURN s.path AS region, g.name AS regulation, c.evidence AS evidence
ORDER BY region, regulation
