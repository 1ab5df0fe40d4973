// title: The most loaded units: lead counts by level
// answers: Units ranked by the number of tasks they lead, with their level and system, and how many more they are responsible for or assist.
// param: limit:int = 20 | how many units
// example: polkg query most-loaded --param limit=10
MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)
WITH u, count(CASE WHEN type(r) = 'LEADS' THEN 1 END) AS leads,
        count(CASE WHEN type(r) = 'RESPONSIBLE_FOR' THEN 1 END) AS responsible,
        count(CASE WHEN type(r) = 'ASSISTS' THEN 1 END) AS assists
RETURN u.name AS unit, u.level AS level, u.system AS system, u.kind AS kind, leads, responsible, assists
ORDER BY leads DESC, responsible DESC, unit
LIMIT $limit
