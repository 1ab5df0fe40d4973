// title: Progress reported per division
// answers: Progress statements (推进情况) attributed to the internal division that reported them, per reporting period, with the task they report on (the 2017 Q2 report of 环境保护厅).
// param: period = 2017-Q2 | reporting period
// param: documents:int = 100 | at most this many documents (and the division's tasks in them) listed per division
// :param period => '2017-Q2'
// :param documents => 100
// example: polkg query progress-by-division --param period=2017-Q2
// (each document's statements of a period are counted per reporting division when its file is loaded, on the
// first of them (tally: the period, indexed; statements; task_ids): the answer adds up one record per division
// and document, not one per statement)
MATCH (p:Progress) WHERE p.tally = $period
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:HAS_PROGRESS]->(p)
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(p)
WITH d, t, p, coalesce(u.name, p.reporter, '(not attributed)') AS division ORDER BY t.start, p.start
WITH division, toInteger(sum(p.statements)) AS statements, collect(t)[0] AS example, collect(p)[0] AS first,
     collect([d, p])[..$documents] AS tallies
UNWIND tallies AS tally
WITH division, statements, example, first, tally[1].task_ids AS ids,
     tally[0].title + ' (' + coalesce(toString(tally[0].year), 'n.d.') + ')' AS cited
UNWIND ids AS task_id
WITH division, statements, example, first, collect(DISTINCT cited) AS cited_in, collect(task_id) AS task_ids
RETURN division, statements, cited_in, example.id AS example_task_id, example.text AS example_task,
       first.text AS example_progress, task_ids
ORDER BY statements DESC, division
