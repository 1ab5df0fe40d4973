// title: Which functional system leads a topic, across levels
// answers: For a topic, the functional systems (生态环境, 经济和信息化, 发展改革, ...) whose units lead its tasks, with the levels and documents where they do: the cross-level summary behind vocs-leads, of named leads only (a task whose plan names no lead, which vocs-leads shows by its first-listed unit, is not counted).
// param: topic:topic = VOCs | topic key or name (VOCs, 挥发性有机物, 扬尘 ...)
// :param topic => 'VOCs'
// example: polkg query lead-systems --param topic=VOCs
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[a:ABOUT]->(:Topic {key: $topic})
MATCH (u:Unit)-[:LEADS]->(t)
WITH coalesce(u.system, '(unknown system)') AS system, d, u, t, a
RETURN system, collect(DISTINCT d.level) AS levels, count(DISTINCT d) AS documents,
       collect(DISTINCT u.name) AS units, count(DISTINCT t) AS tasks,
       count(DISTINCT CASE WHEN coalesce(a.inherited, false) THEN t END) AS from_heading,
       collect(DISTINCT CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END + ' (' + coalesce(toString(d.year), 'n.d.') + ')') AS cited_in, collect(DISTINCT t.id) AS task_ids
ORDER BY tasks DESC, system
