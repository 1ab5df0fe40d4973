// title: Orphan obligations: tasks that name no unit, or no lead
// answers: Per document, the tasks whose text names nobody (unit_status none), whose units are unknown because a merged table cell came out empty (unknown; a lead inherited from the row above does not count as named), and those that name units but no lead.
// param: limit:int = 200 | at most this many rows
// :param limit => 200
// example: polkg query orphan-tasks
// example: polkg query orphan-tasks --param limit=20 --format json
// (a task that names no lead is marked orphan, with its finding, when its file is loaded: the index finds them)
MATCH (t:Task {orphan: true})
MATCH (d:Document)-[:HAS_TASK]->(t)
RETURN d.title AS document, d.year AS year, t.finding AS finding, t.id AS task_id, t.text AS task, t.start AS start
ORDER BY document, start
LIMIT $limit
