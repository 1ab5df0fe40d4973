// title: The most loaded units: lead counts by level
// answers: Units ranked by the number of tasks they lead, with their level and system, and how many more they are responsible for or assist.
// param: limit:int = 20 | how many units
// param: documents:int = 100 | at most this many documents (and the tasks the unit leads in them) listed per unit
// :param limit => 20
// :param documents => 100
// example: polkg query most-loaded --param limit=10
// (each unit's edges are counted per document when its file is loaded, on a NAMED_IN edge, and added up over the
// archive on the Unit (named_leads, named_responsible, named_assists): the ranking reads one record per unit.
// cited_in and led_task_ids list the unit's first $documents documents in the store's order; the counts are
// always over all of them)
MATCH (u:Unit)
WHERE u.named_leads + u.named_responsible + u.named_assists > 0
WITH u, toInteger(u.named_leads) AS leads, toInteger(u.named_responsible) AS responsible,
     toInteger(u.named_assists) AS assists
ORDER BY leads DESC, responsible DESC, u.name
LIMIT $limit
CALL {
  WITH u
  MATCH (u)-[n:NAMED_IN]->(d:Document)
  RETURN n, d
  LIMIT $documents
}
WITH u, leads, responsible, assists, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END + ' (' + coalesce(toString(d.year), 'n.d.') + ')' AS cited,
     coalesce(n.led_task_ids, []) AS ids
WITH u, leads, responsible, assists, cited, CASE WHEN size(ids) = 0 THEN [null] ELSE ids END AS ids
UNWIND ids AS led
WITH u, leads, responsible, assists, collect(DISTINCT cited) AS cited_in, collect(led) AS led_task_ids
RETURN u.name AS unit, u.level AS level, u.system AS system, u.kind AS kind, leads, responsible, assists,
       cited_in, led_task_ids
ORDER BY leads DESC, responsible DESC, unit
