// title: Every task touching a river basin, tributaries included
// answers: Tasks that mention a river or any water body upstream of it in the TRIBUTARY_OF network (府河, 大渡河, 青衣江 ... for 岷江), with the water body each task names.
// param: river = 岷江 | the main river of the basin
// param: limit:int = 500 | at most this many rows
// :param river => '岷江'
// :param limit => 500
// example: polkg query basin-tasks --param river=岷江
// example: polkg query basin-tasks --param river=长江 --format csv
// (each task and water body it names is one row: they are ordered and cut before their leads are looked up)
MATCH (root:WaterBody) WHERE root.name = $river OR $river IN coalesce(root.aliases, [])
MATCH (w:WaterBody)-[:TRIBUTARY_OF*0..8]->(root)
WITH DISTINCT w
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[m:MENTIONS]->(w)
WITH d, t, m, w ORDER BY d.level, d.title, w.name, t.id LIMIT $limit
OPTIONAL MATCH (u:Unit)-[:LEADS]->(t)
RETURN CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, d.level AS level, w.name AS water_body, m.written AS written,
       t.id AS task_id, t.text AS task, collect(DISTINCT u.name) AS leads
ORDER BY level, document, water_body, task_id
LIMIT $limit
