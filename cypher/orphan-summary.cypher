// title: How many obligations name nobody, per document
// answers: Per document: tasks in all, tasks with no unit named, with units unknown (merged table cell), with units but no lead, and with a lead.
// example: polkg query orphan-summary
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (lead:Unit)-[l:LEADS]->(t) WHERE NOT coalesce(l.inherited, false)
OPTIONAL MATCH (any:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t)
WITH d, t, t.unit_status = 'unknown' AS unknown, count(DISTINCT lead) AS leads, count(DISTINCT any) AS units
RETURN d.title AS document, d.year AS year, d.level AS level, count(t) AS tasks,
       count(CASE WHEN NOT unknown AND units = 0 THEN 1 END) AS no_unit,
       count(CASE WHEN unknown THEN 1 END) AS unknown,
       count(CASE WHEN NOT unknown AND units > 0 AND leads = 0 THEN 1 END) AS no_lead,
       count(CASE WHEN NOT unknown AND leads > 0 THEN 1 END) AS with_lead
ORDER BY level, document
