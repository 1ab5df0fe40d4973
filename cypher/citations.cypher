// title: Which documents cite which
// answers: Every citation: the citing plan, and the cited document — a plan in the corpus when it resolves to one, else the cited title and 文号 as written.
// param: limit:int = 500 | at most this many rows
// :param limit => 500
// example: polkg query citations
// (the rows are ordered and cut before their columns and paths are built)
MATCH (d:Document)-[c:CITES]->(x)
WITH d, c, x, x:Document AS in_corpus
WITH d, c, x, in_corpus ORDER BY d.title, in_corpus DESC, coalesce(x.title, c.title) LIMIT $limit
MATCH link = (d)-[c]->(x)
RETURN d.title AS citing, d.year AS year, coalesce(x.title, c.title) AS cited,
       coalesce(x.number, c.number) AS number, in_corpus, x.year AS cited_year, c.start AS start, link
ORDER BY citing, in_corpus DESC, cited
