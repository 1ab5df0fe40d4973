// title: Everything a township must do
// answers: Tasks that fall to a township (乡镇/街道): those naming it or its government directly, and those assigned to a generic group that includes it (各乡镇（街道）, 各乡镇 ...), with how each reaches it.
// param: township | the township's name (e.g. 安谷镇)
// param: limit:int = 500 | at most this many rows
// :param township => '安谷镇'
// :param limit => 500
// example: polkg query township-duties --param township=安谷镇
// Starts from the township and the few tasks that can reach it, not from every task of the graph; each task gives
// at least one row, so only the first $limit tasks in the answer's order look up how they reach it.
MATCH (r:Region) WHERE r.name = $township OR $township IN coalesce(r.aliases, [])
WITH r, [(t1:Task)-[:MENTIONS]->(r) | t1]
        + [(u:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t2:Task) WHERE u.jurisdiction = r.name AND u.kind <> 'group' | t2]
        + [(r)<-[:HAS_MEMBER]-(g0:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t3:Task) WHERE g0.kind = 'group' | t3]
        AS reached
UNWIND reached AS t
WITH DISTINCT r, t
MATCH (d:Document)-[:HAS_TASK]->(t)
WITH r, t, d ORDER BY d.title, t.start LIMIT $limit
OPTIONAL MATCH (t)-[m:MENTIONS]->(r)
OPTIONAL MATCH (own:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t) WHERE own.jurisdiction = r.name AND own.kind <> 'group'
OPTIONAL MATCH (g:Unit)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t) WHERE g.kind = 'group' AND (g)-[:HAS_MEMBER]->(r)
WITH d, t, r, m, own, g
WHERE m IS NOT NULL OR own IS NOT NULL OR g IS NOT NULL
RETURN r.name AS township, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, t.id AS task_id, t.text AS task,
       CASE WHEN own IS NOT NULL THEN 'own unit: ' + own.name
            WHEN g IS NOT NULL THEN 'through group: ' + g.name
            ELSE 'named in the task' END AS how
ORDER BY document, t.start
LIMIT $limit
