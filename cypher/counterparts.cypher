// title: A unit's counterparts at other levels
// answers: Units of the same functional system as the given unit at other levels or places (e.g. the district counterpart of 生态环境厅), with the number of tasks each is named on.
// param: unit:unit = 四川省生态环境厅 | a unit name or alias
// example: polkg query counterparts --param unit=环境保护厅
MATCH (u0:Unit) WHERE u0.name = $unit OR $unit IN coalesce(u0.aliases, [])
MATCH (c:Unit) WHERE c.system = u0.system AND c <> u0 AND c.kind <> 'group'
OPTIONAL MATCH (c)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t:Task)
RETURN u0.name AS unit, u0.system AS system, c.name AS counterpart, c.level AS level,
       c.jurisdiction AS jurisdiction, count(DISTINCT t) AS tasks
ORDER BY level, tasks DESC, counterpart
