// Audits a running Multivector service against the GraphQL over HTTP spec (graphql-http).
// Usage: node audit.mjs http://localhost:8080/graphql
// Prints every audit with its result; exits 1 when any MUST audit fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
let mustFailures = 0;
for (const result of results) {
  const level = result.name.split(' ')[0];
  const line = `${result.status.toUpperCase()} ${result.id} ${result.name}`;
  if (result.status !== 'ok') {
    console.log(`${line}: ${result.reason}`);
    if (level === 'MUST') {
      mustFailures++;
    }
  } else {
    console.log(line);
  }
}
const count = (status) => results.filter((r) => r.status === status).length;
console.log(`audit: ${count('ok')} ok, ${count('warn')} warn, ${count('error')} error; ${mustFailures} MUST failures`);
process.exit(mustFailures > 0 ? 1 : 0);
