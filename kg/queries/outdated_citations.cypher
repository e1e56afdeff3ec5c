// Reports that cite a version no longer in force in the year they cover: one that a later
// version had replaced by then (the law catalogue dates only such ends), with the sentence
// of the report that cites it (the query returns the edge's evidence; kg picks that sentence).
// params: region (division code, path or name; optional)
// columns: report, year, region, regulation, in_force_until, sentence
MATCH (s:Region)-[c:CITES]->(g:Regulation)
WHERE g.in_force_until IS NOT NULL
  AND ($region IS NULL OR s.key = $region OR s.path = $region OR s.name = $region)
UNWIND c.reports AS rk
MATCH (rep:Report {key: rk})
WHERE rep.year >= toInteger(substring(g.in_force_until, 0, 4))
RETURN rk AS report, rep.year AS year, s.path AS region, g.name AS regulation,
       g.in_force_until AS in_force_until, c.evidence AS evidence
ORDER BY year, report, region, regulation
