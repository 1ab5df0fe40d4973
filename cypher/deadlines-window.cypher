// title: Deadlines falling in a date window
// answers: Tasks due between two ISO dates (inclusive) by their overall deadline or any dated step their text sets (2019年6月前建立台账，2020年完成…), with the deadline as written, the resolved date and the lead units.
// param: from:date = 2018-01-01 | first day (YYYY-MM-DD)
// param: to:date = 2018-12-31 | last day (YYYY-MM-DD)
// param: limit:int = 500 | at most this many rows
// :param from => '2018-01-01'
// :param to => '2018-12-31'
// :param limit => 500
// (each task's deadline in the window is chosen, the tasks are ordered and cut, then their leads are looked up)
// example: polkg query deadlines-window --param from=2019-01-01 --param to=2019-06-30
MATCH (dl:Deadline) WHERE dl.due >= $from AND dl.due <= $to
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[r:DUE_BY]->(dl)
WITH d, t, dl, CASE WHEN r.step THEN 1 ELSE 0 END AS is_step
ORDER BY is_step, dl.due DESC
WITH d, t, collect(dl)[0] AS dl
WITH d, t, dl ORDER BY dl.due, d.title, t.id LIMIT $limit
OPTIONAL MATCH (u:Unit)-[:LEADS]->(t)
RETURN dl.due AS due, dl.text AS deadline, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, t.id AS task_id, t.text AS task,
       collect(DISTINCT u.name) AS leads
ORDER BY due, document, task_id
