// title: Find tasks by text, with their provenance
// answers: Tasks whose text contains the given words, with their units and roles, the document and the character span of the source sentence — the trace back to where each obligation was written.
// param: text | words the task text contains
// param: limit:int = 50 | at most this many tasks
// :param text => '工业炉窑'
// :param limit => 50
// example: polkg query task-search --param text=工业炉窑
// (the matching tasks are ordered and cut before their units are looked up)
MATCH (t:Task) WHERE t.text CONTAINS $text
MATCH (d:Document)-[:HAS_TASK]->(t)
WITH d, t ORDER BY d.title, t.start LIMIT $limit
OPTIONAL MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t)
WITH d, t, r, u ORDER BY r.rank
WITH d, t, collect(u.name + ' (' + r.role + ')') AS units
WITH d, t, units, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document
RETURN document, d.year AS year, t.id AS task_id,
       CASE WHEN size(t.section) > 0 AND t.section[0] = '' THEN [document] + t.section[1..] ELSE t.section END
         AS section,
       t.text AS task, units,
       d.file AS file, t.start AS start, t.end AS end
ORDER BY document, start
