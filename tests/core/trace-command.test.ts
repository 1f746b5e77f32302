// The trace command (scripts/trace.ts) as a user meets it: JSON on stdout for good input; for bad
// input one line on stderr naming the problem, exit code 2, and never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = join(root, 'node_modules/.bin/node');
const dir = mkdtempSync(join(tmpdir(), 'trace-test-'));

function trace(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(node, ['scripts/trace.ts', file], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function withScenario(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const good = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/oracle/linux/e_connect_closed_port.json'), 'utf8'),
).scenario as Record<string, unknown>;

function mutated(change: (s: Record<string, unknown>) => void): string {
  const s = structuredClone(good);
  change(s);
  return JSON.stringify(s);
}

describe('trace command', () => {
  it('prints only the JSON trace for a good scenario', () => {
    const r = trace(withScenario('good.json', JSON.stringify(good)));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { segments: unknown[]; states: object; errors: unknown[] };
    expect(out.segments).toHaveLength(2);
    expect(out.errors).toEqual([{ t: 0.200474, who: 'client', call: 'connect', error: 'ECONNREFUSED' }]);
  });

  const bad: [string, string, RegExp][] = [
    ['malformed JSON', '{"profile": "linux",', /malformed JSON/],
    ['an unknown call', mutated((s) => ((s['events'] as object[])[0] = { t: 0, who: 'client', call: 'jump' })), /^trace: events\[0\]\.call: unknown call "jump"/],
    ['a negative time', mutated((s) => ((s['events'] as { t: number }[])[0] as { t: number }).t = -1), /^trace: events\[0\]\.t: must be a non-negative number$/],
    ['an ISN out of range', mutated((s) => (s['client'] = { isn: 4294967296 })), /^trace: client\.isn: must be an integer in 0\.\.4294967295$/],
    ['an unknown profile', mutated((s) => (s['profile'] = 'bsd')), /^trace: profile: unknown profile "bsd"/],
    ['an unknown side', mutated((s) => ((s['events'] as { who: string }[])[0] as { who: string }).who = 'proxy'), /^trace: events\[0\]\.who: unknown side "proxy"/],
    ['a send without bytes', mutated((s) => ((s['events'] as object[])[0] = { t: 0, who: 'client', call: 'send' })), /events\[0\]\.bytes: must be a positive integer/],
    ['a drop with nth 0', mutated((s) => (s['drops'] = [{ from: 'client', nth: 0 }])), /^trace: drops\[0\]\.nth: must be a positive integer$/],
    ['events that are not an array', mutated((s) => (s['events'] = 'connect')), /^trace: events: must be an array$/],
    ['a scenario that is not an object', '[1, 2]', /^trace: scenario: must be an object$/],
  ];

  for (const [what, content, message] of bad) {
    it(`rejects ${what} with one line and exit code 2`, () => {
      const r = trace(withScenario(`${what.replace(/\W+/g, '_')}.json`, content));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('rejects a missing file with one line and exit code 2', () => {
    const r = trace(join(dir, 'nope.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^trace: .*nope\.json: no such file\n$/);
  });
});
