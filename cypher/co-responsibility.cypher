// title: Co-responsibility: which units share the most tasks
// answers: Pairs of units named on the same tasks (any role), with how many tasks they share and in how many documents. Groups such as 各乡镇（街道） are left out unless include_groups is 1.
// param: limit:int = 20 | how many pairs
// param: include_groups:int = 0 | 1 to count generic groups too
// :param limit => 20
// :param include_groups => 0
// example: polkg query co-responsibility --param limit=10
// (the tasks each pair of units shares are counted per document when its file is loaded, on a SHARES_TASKS
// edge from one unit to the Document keyed by the other: the ranking adds these up, not every task's pairs)
MATCH (a:Unit)-[s:SHARES_TASKS]->(:Document)
WITH a, s.other AS other, toInteger(sum(s.tasks)) AS shared_tasks, collect(s) AS edges
MATCH (b:Unit {id: other})
WHERE a.name <> b.name AND ($include_groups = 1 OR (a.kind <> 'group' AND b.kind <> 'group'))
WITH CASE WHEN a.name < b.name THEN a.name ELSE b.name END AS unit_a,
     CASE WHEN a.name < b.name THEN b.name ELSE a.name END AS unit_b, shared_tasks, edges
ORDER BY shared_tasks DESC, unit_a, unit_b
LIMIT $limit
UNWIND edges AS s
WITH unit_a, unit_b, shared_tasks, endNode(s) AS d, s.task_ids AS ids
WITH unit_a, unit_b, shared_tasks, d, d.title + ' (' + coalesce(toString(d.year), 'n.d.') + ')' AS cited, ids
UNWIND ids AS task_id
WITH unit_a, unit_b, shared_tasks, count(DISTINCT d) AS documents, collect(DISTINCT cited) AS cited_in,
     collect(DISTINCT task_id) AS task_ids
RETURN unit_a, unit_b, shared_tasks, documents, cited_in, task_ids
ORDER BY shared_tasks DESC, unit_a, unit_b
