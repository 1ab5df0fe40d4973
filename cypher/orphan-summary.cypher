// title: How many obligations name nobody, per document
// answers: Per document: tasks in all, tasks with no unit named, with units unknown (merged table cell), with units but no lead, and with a lead.
// example: polkg query orphan-summary
// (one pass over each task's units: whether any is named and whether one leads, not a count of each)
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (any:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t)
WITH d, t, t.unit_status = 'unknown' AS unknown, count(any) > 0 AS named,
     max(CASE WHEN type(r) = 'LEADS' AND NOT coalesce(r.inherited, false) THEN 1 ELSE 0 END) = 1 AS led
RETURN d.title AS document, d.year AS year, d.level AS level, count(t) AS tasks,
       count(CASE WHEN NOT unknown AND NOT named THEN 1 END) AS no_unit,
       count(CASE WHEN unknown THEN 1 END) AS unknown,
       count(CASE WHEN NOT unknown AND named AND NOT led THEN 1 END) AS no_lead,
       count(CASE WHEN NOT unknown AND led THEN 1 END) AS with_lead
ORDER BY level, document
