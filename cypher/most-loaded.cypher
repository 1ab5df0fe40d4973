// title: The most loaded units: lead counts by level
// answers: Units ranked by the number of tasks they lead, with their level and system, and how many more they are responsible for or assist.
// param: limit:int = 20 | how many units
// :param limit => 20
// example: polkg query most-loaded --param limit=10
// (each unit's edges are counted per document when its file is loaded, on a NAMED_IN edge: the ranking adds up
// a few edges per document, not one per task)
MATCH (u:Unit)-[n:NAMED_IN]->(:Document)
WITH u, toInteger(sum(n.leads)) AS leads, toInteger(sum(n.responsible)) AS responsible,
        toInteger(sum(n.assists)) AS assists, collect(n) AS edges
ORDER BY leads DESC, responsible DESC, u.name
LIMIT $limit
UNWIND edges AS n
WITH u, leads, responsible, assists, endNode(n) AS d, coalesce(n.led_task_ids, []) AS ids
WITH u, leads, responsible, assists, d.title + ' (' + coalesce(toString(d.year), 'n.d.') + ')' AS cited,
     CASE WHEN size(ids) = 0 THEN [null] ELSE ids END AS ids
UNWIND ids AS led
WITH u, leads, responsible, assists, collect(DISTINCT cited) AS cited_in, collect(DISTINCT led) AS led_task_ids
RETURN u.name AS unit, u.level AS level, u.system AS system, u.kind AS kind, leads, responsible, assists,
       cited_in, led_task_ids
ORDER BY leads DESC, responsible DESC, unit
