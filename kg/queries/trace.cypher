// The evidence behind an edge: every sentence, report and offset. By default a region
// citing a regulation; with relation, any edge: ISSUED (an agency, a regulation),
// IMPLEMENTS (a region, an initiative), PART_OF (an agency or region, a region).
// params: region (the edge's source: division code, path or name), regulation (its target: canonical name, path or an alias), relation (CITES, ISSUED, IMPLEMENTS or PART_OF; optional)
// columns: region, regulation, report, sentence, start, end
MATCH (s)
WHERE s.key = $region OR s.path = $region OR s.name = $region
MATCH (s)-[c]->(g)
WHERE type(c) = coalesce($relation, 'CITES')
  AND (g.key = $regulation OR g.path = $regulation OR $regulation IN g.aliases)
RETURN coalesce(s.path, s.name) AS region, coalesce(g.path, g.name) AS regulation,
       c.evidence AS evidence
ORDER BY region, regulation
