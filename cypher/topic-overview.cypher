// title: Topics by document
// answers: How many tasks of each document touch each topic, with how many of them name a lead.
// example: polkg query topic-overview --format csv
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[a:ABOUT]->(tp:Topic)
OPTIONAL MATCH (u:Unit)-[:LEADS]->(t)
WITH d, tp, t, a, count(u) AS leads
RETURN tp.key AS topic, d.title AS document, d.year AS year, d.level AS level, count(t) AS tasks,
       count(CASE WHEN leads > 0 THEN 1 END) AS with_lead,
       count(CASE WHEN coalesce(a.inherited, false) THEN 1 END) AS from_heading, collect(t.id) AS task_ids
ORDER BY topic, level, document
