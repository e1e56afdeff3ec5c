// Regions linked to an agency: the region it belongs to (part_of) and the subject
// regions of the reports that mention it (report_about).
// params: agency (canonical name or an alias)
// columns: agency, region, link
MATCH (a:Agency) WHERE a.key = $agency OR $agency IN a.aliases
CALL (a) {
  MATCH (a)-[:PART_OF]->(r:Region) RETURN r, 'part_of' AS link
  UNION
  MATCH (rep:Report)-[:MENTIONS]->(a) MATCH (rep)-[:ABOUT]->(r:Region) RETURN r, 'report_about' AS link
}
RETURN DISTINCT a.name AS agency, r.path AS region, link
ORDER BY agency, region, link
