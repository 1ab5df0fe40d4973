// title: Provincial → district cascade by topic
// answers: For each provincial task with a topic, how many district tasks share that topic (its district counterparts), with an example; provincial tasks with no district counterpart show 0 and are listed first.
// param: topic:topic = VOCs | topic key, or * for every topic
// example: polkg query cascade --param topic=VOCs
// example: polkg query cascade --param topic=* --format csv
MATCH (pd:Document {level: 'province'})-[:HAS_TASK]->(p:Task)-[:ABOUT]->(tp:Topic)
WHERE $topic = '*' OR tp.key = $topic
OPTIONAL MATCH (tp)<-[:ABOUT]-(c:Task)<-[:HAS_TASK]-(:Document {level: 'district'})
WITH pd, p, tp, collect(DISTINCT c) AS counterparts
RETURN tp.key AS topic, pd.title AS provincial_document, p.text AS provincial_task,
       size(counterparts) AS district_tasks,
       CASE WHEN size(counterparts) = 0 THEN null ELSE counterparts[0].text END AS example
ORDER BY district_tasks, topic, provincial_document
