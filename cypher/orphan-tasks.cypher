// title: Orphan obligations: tasks that name no unit, or no lead
// answers: Per document, the tasks whose text names nobody (unit_status none), whose units are unknown because a merged table cell came out empty (unknown; a lead inherited from the row above does not count as named), and those that name units but no lead.
// param: limit:int = 200 | at most this many rows
// :param limit => 200
// example: polkg query orphan-tasks
// example: polkg query orphan-tasks --param limit=20 --format json
// (a task that names no lead is marked orphan, with its finding, when its file is loaded, and its Document
// counts them: the documents are taken in title order until those sure to be orphans (no unit, or units but no
// lead) reach $limit, with any of the same title, and only their tasks are read)
MATCH (d:Document)
WHERE coalesce(d.tasks_no_unit, 0) + coalesce(d.tasks_no_lead, 0) + coalesce(d.tasks_unknown, 0) > 0
WITH d ORDER BY d.title
WITH collect(d) AS docs
WITH docs, reduce(acc = [0, 0], x IN docs | CASE WHEN acc[0] >= $limit THEN acc
            ELSE [acc[0] + coalesce(x.tasks_no_unit, 0) + coalesce(x.tasks_no_lead, 0), acc[1] + 1] END)[1] AS keep
WITH docs, keep, docs[keep - 1] AS last
UNWIND range(0, size(docs) - 1) AS i
WITH docs[i] AS d, i, keep, last
WHERE i < keep OR d.title = last.title
MATCH (d)-[:HAS_TASK]->(t:Task {orphan: true})
WITH d, t ORDER BY d.title, t.start LIMIT $limit
RETURN CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, t.finding AS finding, t.id AS task_id, t.text AS task, t.start AS start
ORDER BY document, start
