// title: A unit's full portfolio, across its names, predecessors and successors
// answers: Every task a unit leads, is responsible for or assists, whatever it was called: the name may be canonical or any alias, and the unit's predecessors and successors (SUCCEEDED_BY, e.g. 环境保护厅 → 生态环境厅) are included.
// param: unit:unit = 四川省生态环境厅 | a unit name or alias
// param: limit:int = 500 | at most this many rows
// :param unit => '四川省生态环境厅'
// :param limit => 500
// example: polkg query unit-portfolio --param unit=环境保护厅
// (the documents are taken in the answer's order, by the unit's edges counted in each when its file was loaded
// (NAMED_IN), until they hold $limit rows: only those documents' tasks are read, and only the rows kept build paths)
// example: polkg query unit-portfolio --param unit=乐山市市中区生态环境局 --format csv
MATCH (u0:Unit) WHERE u0.name = $unit OR $unit IN coalesce(u0.aliases, [])
OPTIONAL MATCH (u0)-[:SUCCEEDED_BY*0..4]->(after:Unit)
OPTIONAL MATCH (before:Unit)-[:SUCCEEDED_BY*0..4]->(u0)
WITH collect(DISTINCT after) + collect(DISTINCT before) AS family
UNWIND family AS u
WITH DISTINCT u
WITH collect(u) AS family
UNWIND family AS u
MATCH (u)-[n:NAMED_IN]->(d:Document)
WITH family, d, sum(n.leads + n.responsible + n.assists) AS k ORDER BY d.year, d.title
WITH family, collect(d) AS docs, collect(k) AS ks
WITH family, docs,
     reduce(acc = [0, 0], k IN ks | CASE WHEN acc[0] >= $limit THEN acc ELSE [acc[0] + k, acc[1] + 1] END)[1] AS keep
WITH family, docs, keep, docs[keep - 1] AS last
UNWIND range(0, size(docs) - 1) AS i
WITH family, docs[i] AS d, i, keep, last
WHERE i < keep OR (coalesce(d.year, -1) = coalesce(last.year, -1) AND d.title = last.title)
MATCH (d)-[h:HAS_TASK]->(t:Task)<-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]-(u:Unit) WHERE u IN family
WITH u, r, t, h, d ORDER BY d.year, d.title, t.start, r.rank LIMIT $limit
MATCH path = (u)-[r]->(t)<-[h]-(d)
RETURN u.name AS unit, r.role AS role, r.rank AS rank, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, t.id AS task_id,
       t.text AS task, t.deadline AS deadline, t.quote AS quote, path
ORDER BY year, document, t.start, rank
