// npm run --silent trace -- FILE
// Reads a scenario (the oracle README's input format) and prints the trace JSON on stdout.
// Bad input: one line on stderr naming the problem, exit code 2. Never a stack trace.
import { readFileSync } from 'node:fs';
import { traceOracleScenario } from '../src/core/oracle.ts';
import { ScenarioError } from '../src/core/scenario.ts';

function fail(message: string): never {
  process.stderr.write(`trace: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

const [file, ...extra] = process.argv.slice(2);
if (file === undefined || extra.length > 0) fail('usage: npm run --silent trace -- SCENARIO.json');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (e) {
  fail(`${file}: malformed JSON (${(e as Error).message})`);
}

try {
  process.stdout.write(`${JSON.stringify(traceOracleScenario(json))}\n`);
} catch (e) {
  if (e instanceof ScenarioError) fail(e.message);
  fail(`internal error: ${(e as Error).message}`);
}
