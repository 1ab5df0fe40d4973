// title: A unit's counterparts at other levels
// answers: The units linked to the given unit by COUNTERPART_OF (the same function at another level: the district 生态环境局 of the provincial 生态环境厅, the national ministry), with the tasks and documents each is named in; never the unit's own predecessor or a unit of the same level.
// param: unit:unit = 四川省生态环境厅 | a unit name or alias
// :param unit => '四川省生态环境厅'
// param: documents:int = 100 | at most this many documents (and the counterpart's tasks in them) listed per counterpart
// :param documents => 100
// example: polkg query counterparts --param unit=环境保护厅
// (tasks is the count kept on the counterpart when files are loaded (named_tasks); documents and task_ids list its
// first $documents documents in the store's order (NAMED_IN) and its tasks in them)
MATCH (u0:Unit) WHERE u0.name = $unit OR $unit IN coalesce(u0.aliases, [])
MATCH path = (u0)-[:COUNTERPART_OF]-(c:Unit)
WHERE coalesce(c.level, '') <> coalesce(u0.level, '')
CALL {
  WITH c
  OPTIONAL MATCH (c)-[:NAMED_IN]->(d:Document)
  RETURN d
  LIMIT $documents
}
OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)<-[:LEADS|RESPONSIBLE_FOR|ASSISTS]-(x:Unit)
WHERE x.id = c.id
WITH u0, c, path, collect(DISTINCT t.id) AS task_ids,
     collect(DISTINCT d.title + ' (' + coalesce(toString(d.year), 'n.d.') + ')') AS documents
RETURN u0.name AS unit, u0.system AS system, c.name AS counterpart, c.level AS level,
       c.jurisdiction AS jurisdiction, toInteger(coalesce(c.named_tasks, 0)) AS tasks, documents, task_ids, path
ORDER BY level, tasks DESC, counterpart
