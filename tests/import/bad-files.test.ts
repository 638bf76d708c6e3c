/**
 * Bad results files: each gives one error that names the file, the line when there is one, and what
 * is wrong — and the import pipeline saves nothing.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importResults } from '../../src/import/index.js';
import { runImportPipeline } from '../../src/import/pipeline.js';
import { DirectoryBaselineStore } from '../../src/baseline/directory-store.js';
import { currentRunner } from '../../src/metrics/runner.js';

const fixture = (path: string) => new URL(`../../fixtures/import/${path}`, import.meta.url).pathname;
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lg-import-bad-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function variant(name: string, from: string, change: (text: string) => string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, change(await readFile(fixture(from), 'utf8')));
  return path;
}

const lineCount = (text: string) => text.split('\n').length;

describe('bad results files', () => {
  it('a JTL cut in its last line: the line, and that it was cut', async () => {
    const text = await readFile(fixture('jmeter/shop.jtl'), 'utf8');
    const file = await variant('cut.jtl', 'jmeter/shop.jtl', (t) => t.slice(0, t.length - 20));
    await assert.rejects(importResults({ format: 'jmeter', file }), (err: Error) => {
      assert.match(err.message, new RegExp(`cut\\.jtl:${lineCount(text) - 1}: .*(cut off|truncated)`));
      return true;
    });
  });

  it('a k6 file cut in its last line', async () => {
    const text = await readFile(fixture('k6/shop.json'), 'utf8');
    const file = await variant('cut.json', 'k6/shop.json', (t) => t.slice(0, t.length - 30));
    await assert.rejects(importResults({ format: 'k6', file }), new RegExp(`cut\\.json:${lineCount(text) - 1}: .*truncated`));
  });

  it('a garbled line in the middle of a k6 file', async () => {
    const file = await variant('garbled.json', 'k6/shop.json', (t) => {
      const lines = t.split('\n');
      lines[9] = lines[9].slice(0, 40) + '\u0000\u0000' + lines[9].slice(60);
      return lines.join('\n');
    });
    await assert.rejects(importResults({ format: 'k6', file }), /garbled\.json:10: /);
  });

  it('a garbled JTL line: too few fields', async () => {
    const file = await variant('garbled.jtl', 'jmeter/shop.jtl', (t) => {
      const lines = t.split('\n');
      lines[4] = lines[4].split(',').slice(0, 5).join(',');
      return lines.join('\n');
    });
    await assert.rejects(importResults({ format: 'jmeter', file }), /garbled\.jtl:5: 5 fields where the header has \d+/);
  });

  it('the wrong format: a k6 file read as JTL, a JTL read as k6, a JTL read as Locust', async () => {
    await assert.rejects(importResults({ format: 'jmeter', file: fixture('k6/shop.json') }), /shop\.json:1: not a JMeter JTL CSV header/);
    await assert.rejects(importResults({ format: 'k6', file: fixture('jmeter/shop.jtl') }), /shop\.jtl:1: not a line of k6 JSON output/);
    await assert.rejects(importResults({ format: 'locust', file: fixture('jmeter/shop.jtl') }), /shop\.jtl:1: not a Locust stats history header/);
    await assert.rejects(importResults({ format: 'autocannon', file: fixture('artillery/shop.json') }), /not an autocannon JSON result/);
    await assert.rejects(importResults({ format: 'artillery', file: fixture('autocannon/products.json') }), /not an Artillery 2 JSON report/);
  });

  it('mixed units: a JTL timestamp in seconds among milliseconds; a k6 duration not declared as time', async () => {
    const jtl = await variant('seconds.jtl', 'jmeter/shop.jtl', (t) => {
      const lines = t.split('\n');
      lines[7] = lines[7].replace(/^(\d+)\d{3},/, '$1,');
      return lines.join('\n');
    });
    await assert.rejects(importResults({ format: 'jmeter', file: jtl }), /seconds\.jtl:8: timeStamp \d+ is in seconds.*mixed units/);
    const k6 = await variant('units.json', 'k6/shop.json', (t) => t.replace('"name":"http_req_duration","type":"trend","contains":"time"', '"name":"http_req_duration","type":"trend","contains":"default"'));
    await assert.rejects(importResults({ format: 'k6', file: k6 }), /units\.json:\d+: http_req_duration is declared with contains "default".*mixed units/);
  });

  it('no samples in the window: a warm-up longer than the file', async () => {
    await assert.rejects(importResults({ format: 'jmeter', file: fixture('jmeter/shop.jtl'), window: { warmupMs: 600_000 } }), /shop\.jtl: no samples in the measured window/);
    await assert.rejects(importResults({ format: 'k6', file: fixture('k6/shop.json'), window: { warmupMs: 600_000, durationMs: 10_000 } }), /shop\.json: no samples in the measured window.*all \d+ samples fall outside it/);
  });

  it('an empty file, a missing file, a binary file without newlines', async () => {
    const empty = join(dir, 'empty.jtl');
    await writeFile(empty, '');
    await assert.rejects(importResults({ format: 'jmeter', file: empty }), /empty\.jtl: the file is empty/);
    await assert.rejects(importResults({ format: 'k6', file: join(dir, 'nope.json') }), /nope\.json: no such file/);
    const blob = join(dir, 'blob.json');
    await writeFile(blob, Buffer.alloc(3 * 1024 * 1024, 0x41));
    await assert.rejects(importResults({ format: 'k6', file: blob }), /blob\.json:1: the line is longer than 1048576 bytes/);
  });

  it('nothing is saved when the file is refused', async () => {
    const store = join(dir, 'baselines');
    const file = await variant('cut2.jtl', 'jmeter/shop.jtl', (t) => t.slice(0, t.length - 20));
    await assert.rejects(runImportPipeline(
      { format: 'jmeter', file, failOn: 'critical', saveBaseline: true },
      { store: new DirectoryBaselineStore(store), log: { info() {}, warning() {} }, runner: currentRunner },
    ), /cut off/);
    await assert.rejects(readdir(store), { code: 'ENOENT' });
  });
});
