// title: Co-responsibility: which units share the most tasks
// answers: Pairs of units named on the same tasks (any role), with how many tasks they share and in how many documents. Groups such as 各乡镇（街道） are left out unless include_groups is 1.
// param: limit:int = 20 | how many pairs
// param: include_groups:int = 0 | 1 to count generic groups too
// :param limit => 20
// :param include_groups => 0
// example: polkg query co-responsibility --param limit=10
// (the pairs are ranked first, by name; only the top $limit pairs look up their documents)
MATCH (a:Unit) WHERE $include_groups = 1 OR a.kind <> 'group'
MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)<-[:LEADS|RESPONSIBLE_FOR|ASSISTS]-(b:Unit)
WHERE a.name < b.name AND ($include_groups = 1 OR b.kind <> 'group')
WITH a.name AS unit_a, b.name AS unit_b, count(DISTINCT t) AS shared_tasks, collect(DISTINCT t) AS tasks
ORDER BY shared_tasks DESC, unit_a, unit_b
LIMIT $limit
UNWIND tasks AS t
MATCH (d:Document)-[:HAS_TASK]->(t)
RETURN unit_a, unit_b, shared_tasks,
       count(DISTINCT d) AS documents, collect(DISTINCT d.title + ' (' + coalesce(toString(d.year), 'n.d.') + ')') AS cited_in, collect(DISTINCT t.id) AS task_ids
ORDER BY shared_tasks DESC, unit_a, unit_b
