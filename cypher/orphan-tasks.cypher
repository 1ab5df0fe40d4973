// title: Orphan obligations: tasks that name no unit, or no lead
// answers: Per document, the tasks whose text names nobody (unit_status none), whose units are unknown because a merged table cell came out empty (unknown; a lead inherited from the row above does not count as named), and those that name units but no lead.
// param: limit:int = 200 | at most this many rows
// :param limit => 200
// example: polkg query orphan-tasks
// example: polkg query orphan-tasks --param limit=20 --format json
// (one pass over each task's units: how many are named and whether one leads)
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (any:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t)
WITH d, t, count(any) AS units,
     max(CASE WHEN type(r) = 'LEADS' AND NOT coalesce(r.inherited, false) THEN 1 ELSE 0 END) AS led
WHERE led = 0
WITH d, t, CASE WHEN t.unit_status = 'unknown' THEN 'unknown (merged cell)'
                WHEN units = 0 THEN 'no unit named'
                ELSE 'units but no lead' END AS finding
RETURN d.title AS document, d.year AS year, finding, t.id AS task_id, t.text AS task, t.start AS start
ORDER BY document, start
LIMIT $limit
