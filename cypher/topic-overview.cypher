// title: Topics by document
// answers: How many tasks of each document touch each topic, with how many of them name a lead.
// param: limit:int = 1000 | at most this many rows
// :param limit => 1000
// example: polkg query topic-overview --format csv
// (the counts are kept on a COVERS edge from each Document to each Topic when its file is loaded; the rows are
// ordered and cut before their columns are read)
MATCH (d:Document)-[c:COVERS]->(tp:Topic)
WITH tp, d, c ORDER BY tp.key, d.level, d.title LIMIT $limit
RETURN tp.key AS topic, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, d.level AS level, c.tasks AS tasks,
       c.with_lead AS with_lead, c.from_heading AS from_heading, c.task_ids AS task_ids
ORDER BY topic, level, document
