// Every region that takes up an initiative or a regulation, with its level and the first
// year a report shows it (policy diffusion), earliest first.
// params: initiative (name or alias; optional), regulation (title or alias; optional), level (1 province … 4 township; optional)
// columns: region, level, first_year, reports
MATCH (s:Region)-[c:IMPLEMENTS|CITES]->(x)
WHERE ((x:Initiative AND (x.key = $initiative OR $initiative IN x.aliases))
       OR (x:Regulation AND (x.key = $regulation OR $regulation IN x.aliases)))
  AND ($level IS NULL OR s.level = toInteger($level))
UNWIND c.reports AS rk
MATCH (rep:Report {key: rk})
WITH s, min(rep.year) AS first_year, count(DISTINCT rk) AS reports
RETURN s.path AS region, s.level AS level, first_year, reports
ORDER BY first_year, region
