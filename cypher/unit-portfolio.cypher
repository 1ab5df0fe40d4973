// title: A unit's full portfolio, across its names, predecessors and successors
// answers: Every task a unit leads, is responsible for or assists, whatever it was called: the name may be canonical or any alias, and the unit's predecessors and successors (SUCCEEDED_BY, e.g. 环境保护厅 → 生态环境厅) are included.
// param: unit:unit = 四川省生态环境厅 | a unit name or alias
// :param unit => '四川省生态环境厅'
// param: limit:int = 500 | at most this many rows
// :param limit => 500
// example: polkg query unit-portfolio --param unit=环境保护厅
// (the rows are ordered and cut first; only the $limit kept build their paths)
// example: polkg query unit-portfolio --param unit=乐山市市中区生态环境局 --format csv
MATCH (u0:Unit) WHERE u0.name = $unit OR $unit IN coalesce(u0.aliases, [])
OPTIONAL MATCH (u0)-[:SUCCEEDED_BY*0..4]->(after:Unit)
OPTIONAL MATCH (before:Unit)-[:SUCCEEDED_BY*0..4]->(u0)
WITH collect(DISTINCT after) + collect(DISTINCT before) AS family
UNWIND family AS u
WITH DISTINCT u
MATCH (u)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)<-[h:HAS_TASK]-(d:Document)
WITH u, r, t, h, d ORDER BY d.year, d.title, t.start, r.rank LIMIT $limit
MATCH path = (u)-[r]->(t)<-[h]-(d)
RETURN u.name AS unit, r.role AS role, r.rank AS rank, d.title AS document, d.year AS year, t.id AS task_id,
       t.text AS task, t.deadline AS deadline, r.quote AS quote, path
ORDER BY year, document, t.start, rank
