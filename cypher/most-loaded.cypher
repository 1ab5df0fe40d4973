// title: The most loaded units: lead counts by level
// answers: Units ranked by the number of tasks they lead, with their level and system, and how many more they are responsible for or assist.
// param: limit:int = 20 | how many units
// :param limit => 20
// example: polkg query most-loaded --param limit=10
// (units are ranked on their edge counts first; only the top $limit look up their documents and tasks)
MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Task)
WITH u, count(CASE WHEN type(r) = 'LEADS' THEN 1 END) AS leads,
        count(CASE WHEN type(r) = 'RESPONSIBLE_FOR' THEN 1 END) AS responsible,
        count(CASE WHEN type(r) = 'ASSISTS' THEN 1 END) AS assists
ORDER BY leads DESC, responsible DESC, u.name
LIMIT $limit
MATCH (u)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)<-[:HAS_TASK]-(d:Document)
WITH u, leads, responsible, assists,
     collect(DISTINCT d.title + ' (' + coalesce(toString(d.year), 'n.d.') + ')') AS cited_in,
     collect(DISTINCT CASE WHEN type(r) = 'LEADS' THEN t.id END) AS led_task_ids
RETURN u.name AS unit, u.level AS level, u.system AS system, u.kind AS kind, leads, responsible, assists,
       cited_in, led_task_ids
ORDER BY leads DESC, responsible DESC, unit
