// title: Provincial → district cascade by topic
// answers: For each provincial task with a topic, how many district tasks share that topic (its district counterparts), with an example; provincial tasks with no district counterpart show 0 and are listed first.
// param: topic:topic = VOCs | topic key, or * for every topic
// example: polkg query cascade --param topic=VOCs
// example: polkg query cascade --param topic=* --format csv
// Counts each topic's district tasks once, then lists the provincial tasks: linear, not provincial × district.
MATCH (tp:Topic) WHERE $topic = '*' OR tp.key = $topic
OPTIONAL MATCH (tp)<-[:ABOUT]-(c:Task)<-[:HAS_TASK]-(:Document {level: 'district'})
WITH tp, c ORDER BY c.doc, c.start
WITH tp, count(DISTINCT c) AS district_tasks, head(collect(c.text)) AS example
MATCH (pd:Document {level: 'province'})-[:HAS_TASK]->(p:Task)-[:ABOUT]->(tp)
RETURN tp.key AS topic, pd.title AS provincial_document, p.text AS provincial_task, district_tasks,
       example
ORDER BY district_tasks, topic, provincial_document
