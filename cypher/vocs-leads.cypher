// title: Who leads the VOCs tasks, plan by plan
// answers: For every task about a topic (VOCs by default: VOCs, 挥发性有机物, VOC<sub>s</sub>), the units that lead it, by document with its level, and the functional system each belongs to. Where a task names no lead (a district bracket with 责任单位 only), the first-listed responsible unit is shown and the basis column says so. The honest answer to "who leads VOCs" is this table, not a single name.
// param: topic:topic = VOCs | topic key or name (VOCs or 挥发性有机物, PM2.5, dust or 扬尘, straw, vehicles, coal, ...)
// param: limit:int = 500 | at most this many rows
// :param topic => 'VOCs'
// :param limit => 500
// example: polkg query vocs-leads
// example: polkg query vocs-leads --param topic=dust --format csv
// (every document with a task about the topic — its COVERS edge, kept when its file is loaded — gives at least one
// row: only the first $limit documents in the answer's order, and any of the same level and title, are read,
// and of those only the tasks their COVERS edge lists)
MATCH (d:Document)-[c:COVERS]->(tp:Topic {key: $topic})
WITH tp, d, c ORDER BY d.level DESC, d.title
WITH tp, collect([d, c]) AS docs
WITH tp, docs, docs[size(docs[..$limit]) - 1][0] AS last
UNWIND range(0, size(docs) - 1) AS i
WITH tp, docs[i][0] AS d, docs[i][1] AS c, i, last
WHERE i < $limit OR (coalesce(d.level, '') = coalesce(last.level, '') AND d.title = last.title)
UNWIND c.task_ids AS task_id
MATCH (t:Task {id: task_id})
WITH tp, d, t
MATCH (t)-[a:ABOUT]->(tp)
OPTIONAL MATCH (:Unit)-[l:LEADS]->(t)
WITH d, t, a, count(l) AS leads
OPTIONAL MATCH (lu:Unit)-[le:LEADS]->(t) WHERE leads > 0
OPTIONAL MATCH (ru:Unit)-[re:RESPONSIBLE_FOR]->(t)
WHERE leads = 0 AND re.rank = 1 AND NOT coalesce(re.as_division, false)
WITH d, t, a, leads, coalesce(lu, ru) AS u, coalesce(le, re) AS e
WITH d, t, a, u, e,
     CASE WHEN u IS NULL THEN 'no unit named'
          WHEN leads > 0 THEN 'named lead'
          ELSE 'first listed, no lead named' END AS basis
RETURN CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, d.level AS level, coalesce(u.name, '-') AS lead, basis,
       u.system AS system, count(DISTINCT t) AS tasks,
       count(DISTINCT CASE WHEN coalesce(a.inherited, false) THEN t END) AS from_heading,
       collect(DISTINCT e.mention) AS written, collect(DISTINCT t.id) AS task_ids
ORDER BY level DESC, document, basis, tasks DESC, lead
LIMIT $limit
