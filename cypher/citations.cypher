// title: Which documents cite which
// answers: Every citation: the citing plan, and the cited document — a plan in the corpus when it resolves to one, else the cited title and 文号 as written.
// param: limit:int = 500 | at most this many rows
// :param limit => 500
// example: polkg query citations
MATCH link = (d:Document)-[c:CITES]->(x)
RETURN CASE coalesce(d.title, '') WHEN '' THEN d.doc ELSE d.title END AS citing, d.year AS year, coalesce(x.title, c.title) AS cited,
       coalesce(x.number, c.number) AS number, 'Document' IN labels(x) AS in_corpus, x.year AS cited_year,
       c.start AS start, link
ORDER BY citing, in_corpus DESC, cited
LIMIT $limit
