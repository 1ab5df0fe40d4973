// title: Progress reported per division
// answers: Progress statements (推进情况) attributed to the internal division that reported them, per reporting period, with the task they report on (the 2017 Q2 report of 环境保护厅).
// param: period = 2017-Q2 | reporting period
// param: documents:int = 100 | at most this many documents (and the division's tasks in them) listed per division
// :param period => '2017-Q2'
// :param documents => 100
// example: polkg query progress-by-division --param period=2017-Q2
// (each division's statements of a period are counted over the archive on a Tally when files are loaded, and per
// document on that document's first statement (tally: the Tally's id, indexed): the answer reads the Tallies and,
// per division, its first $documents documents in the store's order — cited_in, task_ids and the example are from
// those; statements is always over all of them)
MATCH (k:Tally) WHERE k.period = $period
CALL {
  WITH k
  MATCH (p:Progress) WHERE p.tally = k.id
  RETURN p
  LIMIT $documents
}
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:HAS_PROGRESS]->(p)
WITH k, d, t, p ORDER BY t.start, p.start
WITH k, collect(t)[0] AS example, collect(p)[0] AS first, collect([d, p]) AS tallies
UNWIND tallies AS tally
WITH k, example, first, tally[1].task_ids AS ids,
     CASE coalesce(tally[0].title, '') WHEN '' THEN tally[0].doc ELSE tally[0].title END + ' (' + coalesce(toString(tally[0].year), 'n.d.') + ')' AS cited
UNWIND ids AS task_id
WITH k, example, first, collect(DISTINCT cited) AS cited_in, collect(task_id) AS task_ids
RETURN k.division AS division, toInteger(k.statements) AS statements, cited_in, example.id AS example_task_id,
       example.text AS example_task, first.text AS example_progress, task_ids
ORDER BY statements DESC, division
