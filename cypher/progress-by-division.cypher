// title: Progress reported per division
// answers: Progress statements (推进情况) attributed to the internal division that reported them, per reporting period, with the task they report on (the 2017 Q2 report of 环境保护厅).
// param: period = 2017-Q2 | reporting period
// :param period => '2017-Q2'
// example: polkg query progress-by-division --param period=2017-Q2
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:HAS_PROGRESS]->(p:Progress {period: $period})
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
WITH d, t, p, coalesce(u.name, p.reporter, '(not attributed)') AS division ORDER BY t.start, p.start
RETURN division, count(p) AS statements, collect(DISTINCT d.title + ' (' + coalesce(toString(d.year), 'n.d.') + ')') AS cited_in,
       collect(t.id)[0] AS example_task_id, collect(t.text)[0] AS example_task,
       collect(p.text)[0] AS example_progress, collect(DISTINCT t.id) AS task_ids
ORDER BY statements DESC, division
