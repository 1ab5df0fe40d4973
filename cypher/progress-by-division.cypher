// title: Progress reported per division
// answers: Progress statements (推进情况) attributed to the internal division that reported them, per reporting period, with the task they report on (the 2017 Q2 report of 环境保护厅).
// param: period = 2017-Q2 | reporting period
// example: polkg query progress-by-division --param period=2017-Q2
MATCH (t:Task)-[:HAS_PROGRESS]->(p:Progress {period: $period})
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
RETURN coalesce(u.name, p.reporter, '(not attributed)') AS division, count(p) AS statements,
       collect(t.text)[0] AS example_task, collect(p.text)[0] AS example_progress
ORDER BY statements DESC, division
