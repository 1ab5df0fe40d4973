// title: Where a task was read from
// answers: One task by its id (as `polkg extract` prints it): its document, the file it was read from with page (PDF), paragraph or table/row/column (DOCX, HTML), its offsets into the extracted text, the quote, and the units named for it — what `polkg show TASK_ID` prints.
// param: id | the task id, e.g. task:004_0c71af0d61d8d2f3:0715716ce8b7b96a
// :param id => 'task:004_0c71af0d61d8d2f3:0715716ce8b7b96a'
// example: polkg query task-source --param id=task:004_0c71af0d61d8d2f3:0715716ce8b7b96a
MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: $id})
OPTIONAL MATCH (u:Unit)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(t)
WITH d, t, r, u ORDER BY r.rank
WITH d, t, collect(u.name + ' (' + r.role + CASE WHEN r.inherited THEN ', merged cell' ELSE '' END + ')') AS units
WITH d, t, units, CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document
RETURN t.id AS id, document, d.year AS year,
       CASE WHEN size(t.section) > 0 AND t.section[0] = '' THEN [document] + t.section[1..] ELSE t.section END
         AS section,
       t.text AS task, units, t.quote AS quote,
       coalesce(t.file, d.file) AS file, t.path AS path, t.kind AS kind, t.page AS page,
       t.paragraph AS paragraph, t.table AS table, t.row AS row, t.column AS column, t.start AS start,
       t.end AS end
