// title: A unit's counterparts at other levels
// answers: The units linked to the given unit by COUNTERPART_OF (the same function at another level: the district 生态环境局 of the provincial 生态环境厅, the national ministry), with the tasks and documents each is named in; never the unit's own predecessor or a unit of the same level.
// param: unit:unit = 四川省生态环境厅 | a unit name or alias
// param: listed:int = 2000 | at most this many task ids (and their documents) listed per counterpart
// :param unit => '四川省生态环境厅'
// :param listed => 2000
// example: polkg query counterparts --param unit=环境保护厅
// (tasks is the count kept on the counterpart when files are loaded (named_tasks); task_ids lists its first $listed
// tasks in the store's order, documents the documents of those)
MATCH (u0:Unit) WHERE u0.name = $unit OR $unit IN coalesce(u0.aliases, [])
MATCH path = (u0)-[:COUNTERPART_OF]-(c:Unit)
WHERE coalesce(c.level, '') <> coalesce(u0.level, '')
CALL {
  WITH c
  OPTIONAL MATCH (c)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)
  RETURN DISTINCT t
  LIMIT $listed
}
OPTIONAL MATCH (d:Document)-[:HAS_TASK]->(t)
WITH u0, c, path, collect(DISTINCT t.id) AS task_ids,
     collect(DISTINCT CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END + ' (' + coalesce(toString(d.year), 'n.d.') + ')') AS documents
RETURN u0.name AS unit, u0.system AS system, c.name AS counterpart, c.level AS level,
       c.jurisdiction AS jurisdiction, toInteger(coalesce(c.named_tasks, 0)) AS tasks, documents, task_ids, path
ORDER BY level, tasks DESC, counterpart
