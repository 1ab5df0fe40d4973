// title: How many obligations name nobody, per document
// answers: Per document: tasks in all, tasks with no unit named, with units unknown (merged table cell), with units but no lead, and with a lead.
// example: polkg query orphan-summary
// (the counts are kept on each Document when its file is loaded: one row per document, whatever the archive holds)
MATCH (d:Document) WHERE d.tasks > 0
RETURN CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS document, d.year AS year, d.level AS level, d.tasks AS tasks, d.tasks_no_unit AS no_unit,
       d.tasks_unknown AS unknown, d.tasks_no_lead AS no_lead, d.tasks_with_lead AS with_lead
ORDER BY level, document
