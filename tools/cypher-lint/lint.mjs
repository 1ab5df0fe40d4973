// Lint Cypher files with Neo4j's own parser (@neo4j-cypher/language-support, lintCypherQuery).
// usage: node lint.mjs FILE.cypher...   exit 1 when any file has an error-severity diagnostic.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

// The graph's schema, so that unknown labels, types and properties are reported too.
const schema = JSON.parse(readFileSync(new URL('./schema.json', import.meta.url), 'utf8'));

let errors = 0;
let warnings = 0;
for (const file of process.argv.slice(2)) {
  const query = readFileSync(file, 'utf8');
  // Parameters are declared in the file's header: // param: name[:type] = default | doc
  const parameters = {};
  for (const m of query.matchAll(/^\/\/\s*param:\s*(\w+)\s*(?::\s*\w+)?\s*(?:=\s*([^|\n]*?))?\s*(?:\|.*)?$/gm)) {
    const raw = (m[2] ?? '').trim();
    parameters[m[1]] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }
  const result = lintCypherQuery(query, { ...schema, parameters });
  const diagnostics = Array.isArray(result) ? result : (result.diagnostics ?? []);
  for (const d of diagnostics) {
    // `CALL { WITH x … }` is the only subquery form FalkorDB parses (it rejects `CALL (x) { … }`), and Neo4j 5
    // still runs it: its deprecation notice is not a defect of a portable query.
    if (d.message.startsWith('CALL subquery without a variable scope clause is deprecated')) continue;
    const severe = d.severity === 1;
    const line = (d.range?.start?.line ?? 0) + 1;
    console.log(`${file}:${line}: ${severe ? 'error' : 'warning'}: ${d.message}`);
    if (severe) errors += 1; else warnings += 1;
  }
}
const files = process.argv.length - 2;
console.log(`cypher lint: ${files} files, ${errors} errors, ${warnings} warnings (Neo4j parser)`);
process.exit(errors > 0 || files === 0 ? 1 : 0);
