// title: Who leads the VOCs tasks, plan by plan
// answers: For every task about a topic (VOCs by default: VOCs, 挥发性有机物, VOC<sub>s</sub>), the units that lead it, by document with its level, and the functional system each lead belongs to. The honest answer to "who leads VOCs" is this table, not a single name; tasks that name no lead show as "(no lead named)".
// param: topic = VOCs | topic key (VOCs, PM2.5, dust, straw, vehicles, coal, ...)
// example: polkg query vocs-leads
// example: polkg query vocs-leads --param topic=dust --format csv
MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[:ABOUT]->(:Topic {key: $topic})
OPTIONAL MATCH (u:Unit)-[l:LEADS]->(t)
WITH d, u, count(DISTINCT t) AS tasks, collect(DISTINCT l.mention) AS written
RETURN d.title AS document, d.level AS level, coalesce(u.name, '(no lead named)') AS lead,
       u.system AS system, tasks, written
ORDER BY level DESC, document, tasks DESC, lead
