/** The endpoint mapping file: rename, merge, leave out; every problem with its line. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mapLabel, parseEndpointMapping } from '../../src/import/mapping.js';
import { importResults } from '../../src/import/index.js';

const fixture = (path: string) => new URL(`../../fixtures/import/${path}`, import.meta.url).pathname;

it('renames, merges and leaves out labels; others keep their name', () => {
  const m = parseEndpointMapping('endpoints:\n  products: catalogue\n  search: catalogue\n  "missing page": null\n', 'map.yml');
  assert.deepEqual(['products', 'search', 'missing page', 'checkout'].map((l) => mapLabel(m, l)), ['catalogue', 'catalogue', undefined, 'checkout']);
});

it('merged labels add up in the imported run', async () => {
  const m = parseEndpointMapping('endpoints:\n  products: catalogue\n  search: catalogue\n  "missing page": null\n', 'map.yml');
  const plain = await importResults({ format: 'k6', file: fixture('k6/shop.json'), window: { durationMs: 60_000 } });
  const mapped = await importResults({ format: 'k6', file: fixture('k6/shop.json'), window: { durationMs: 60_000 }, mapping: m });
  const count = (name: string) => plain.measurement.endpoints.find((e) => e.name === name)!.requests;
  assert.deepEqual(mapped.measurement.endpoints.map((e) => [e.name, e.requests]), [['catalogue', count('products') + count('search')], ['checkout', count('checkout')]]);
});

it('reports every problem at once, each with its line', () => {
  assert.throws(
    () => parseEndpointMapping('endpoints:\n  products: 3\n  search: [a]\nlabels: {}\n', 'map.yml'),
    (err: Error) => {
      assert.match(err.message, /map\.yml has 3 problems/);
      assert.match(err.message, /endpoints\."products": 3 is not an endpoint name .* map\.yml:2/);
      assert.match(err.message, /endpoints\."search": .* map\.yml:3/);
      assert.match(err.message, /labels: unknown key .* map\.yml:4/);
      return true;
    },
  );
});
