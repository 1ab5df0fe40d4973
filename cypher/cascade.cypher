// title: Provincial → district cascade by topic
// answers: For each provincial task with a topic, how many district tasks share that topic (its district counterparts), with an example; provincial tasks with no district counterpart show 0 and are listed first.
// param: topic:topic = VOCs | topic key or name (VOCs, 挥发性有机物, 扬尘 ...), or * for every topic
// param: limit:int = 500 | at most this many rows
// :param topic => 'VOCs'
// :param limit => 500
// example: polkg query cascade --param topic=VOCs
// example: polkg query cascade --param topic=* --format csv
// Counts each topic's district tasks once, then lists the provincial tasks: linear, not provincial × district.
MATCH (tp:Topic) WHERE $topic = '*' OR tp.key = $topic
OPTIONAL MATCH (tp)<-[:ABOUT]-(c:Task)<-[:HAS_TASK]-(:Document {level: 'district'})
WITH tp, c ORDER BY c.id
WITH tp, count(DISTINCT c) AS district_tasks, head(collect(c)) AS first
MATCH (pd:Document {level: 'province'})-[:HAS_TASK]->(p:Task)-[a:ABOUT]->(tp)
RETURN tp.key AS topic, CASE coalesce(pd.title, '') WHEN '' THEN pd.doc ELSE pd.title END AS provincial_document, pd.year AS year, p.id AS task_id,
       p.text AS provincial_task, CASE WHEN coalesce(a.inherited, false) THEN 'heading' ELSE 'text' END AS topic_from,
       district_tasks, first.id AS example_task_id, first.text AS example
ORDER BY district_tasks, topic, provincial_document, task_id
LIMIT $limit
