// title: A metric's targets across documents, in time
// answers: Every quantitative target whose metric contains the given text (PM2.5年均浓度 by default), in order of target year: provincial 2017 plan, district plans, the 2018 plan, the 2022–23 plan ... with value, direction and baseline, and where each is written (document, its year, the file and character offsets of the clause).
// param: metric = PM2.5 | text the metric name contains (names are kept normalised: PM2.5年均浓度 for 细颗粒物, VOCs排放量, 优良天数比率)
// param: limit:int = 500 | at most this many rows
// :param metric => 'PM2.5'
// :param limit => 500
// example: polkg query target-timeline --param metric=PM2.5
// example: polkg query target-timeline --param metric=优良天数
MATCH (d:Document)-[:HAS_TARGET]->(g:Target)
WHERE g.metric CONTAINS $metric
RETURN g.year AS year, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.level AS level, g.metric AS metric, g.direction AS direction,
       g.value AS value, g.unit AS unit, g.baseline_year AS baseline, g.text AS text, g.region AS region,
       d.year AS document_year, g.doc AS doc, g.start AS start, g.end AS end
ORDER BY year, level, document, start
LIMIT $limit
