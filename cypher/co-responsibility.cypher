// title: Co-responsibility: which units share the most tasks
// answers: Pairs of units named on the same tasks (any role), with how many tasks they share and in how many documents. Groups such as 各乡镇（街道） are left out unless include_groups is 1.
// param: limit:int = 20 | how many pairs
// param: include_groups:int = 0 | 1 to count generic groups too
// param: documents:int = 100 | at most this many documents (and the pair's tasks in them) listed per pair
// :param limit => 20
// :param include_groups => 0
// :param documents => 100
// example: polkg query co-responsibility --param limit=10
// (the tasks each pair of units shares are counted per document when its file is loaded, on a SHARES_TASKS
// edge from one unit to the Document keyed by the other, and added up over the archive on a SHARES_WITH edge
// between the two: the ranking reads one record per pair. cited_in and task_ids list the pair's first
// $documents documents in the store's order; the counts are always over all of them)
MATCH (a:Unit)-[c:SHARES_WITH]->(b:Unit)
WHERE a.name <> b.name AND ($include_groups = 1 OR (a.kind <> 'group' AND b.kind <> 'group'))
WITH a, b, toInteger(c.tasks) AS shared_tasks, toInteger(c.documents) AS documents,
     CASE WHEN a.name < b.name THEN a.name ELSE b.name END AS unit_a,
     CASE WHEN a.name < b.name THEN b.name ELSE a.name END AS unit_b
ORDER BY shared_tasks DESC, unit_a, unit_b
LIMIT $limit
CALL {
  WITH a, b
  MATCH (a)-[s:SHARES_TASKS]->(d:Document)
  WHERE s.other = b.id
  RETURN s, d
  LIMIT $documents
}
WITH unit_a, unit_b, shared_tasks, documents, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END + ' (' + coalesce(toString(d.year), 'n.d.') + ')' AS cited,
     s.task_ids AS ids
UNWIND ids AS task_id
WITH unit_a, unit_b, shared_tasks, documents, collect(DISTINCT cited) AS cited_in, collect(task_id) AS task_ids
RETURN unit_a, unit_b, shared_tasks, documents, cited_in, task_ids
ORDER BY shared_tasks DESC, unit_a, unit_b
