// A million malformed requests in a row through the wasm module: none may break it. Afterwards a
// valid request still gives the right answer, and the module's memory has stopped growing (a
// leak per call would show as steady growth). Prints the rate.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadWasmEngine } from './wasm_engine.mjs';

// CLV_ROBUSTNESS_COUNT runs fewer (or more) for a quick local check.
const total = Number(process.env.CLV_ROBUSTNESS_COUNT ?? 1_000_000);
const valid = { version: 1, calculation: 'acquisition_cost',
  inputs: { advertising: 30000, marketing_events: 12000, sales_team: 45000, sales_tools: 3000, new_customers: 600 } };
const validText = JSON.stringify(valid);

const long = 'x'.repeat(10_000);
const deepOpen = '['.repeat(100_000);
const deepBalanced = '['.repeat(20_000) + ']'.repeat(20_000);
const calculations = ['acquisition_cost', 'retention_cost', 'retention_rate', 'simple_clv', 'discounted_clv',
  'retention_clv', 'expected_lifetime', 'convert_rate', 'profitability', 'cost_structure'];
const oddValues = ['"600"', 'null', 'true', '[]', '{}', '1e400', '-1e400', '1e308', '-0', '5e-324', '1.5',
  '18446744073709551616', '-1', '0', '"\ud800"', '[1,2,"x"]', '{"a":{"b":[]}}', '1e-400', '0.999999999999'];
const fields = ['advertising', 'new_customers', 'cash_flows', 'periods', 'retention_rate', 'discount_rate',
  'timing', 'period', 'families', 'customers', 'rate', '\udc00', ''];

// Deterministic pseudo-random numbers, so a failure can be replayed.
let seed = 0x9e3779b9;
const random = (n) => { seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return seed % n; };
const pick = (list) => list[random(list.length)];

// One malformed request text. Most are small and varied; the expensive kinds (in this wasm build
// 100k-deep nesting costs ~75 ms, a 10k-character string ~0.9 ms, a small request ~50 us) are
// spread out so that a million take about 70 s on an idle 2-core machine.
function malformed(i) {
  if (i % 50_000 === 49_999) return deepOpen;
  if (i % 50_000 === 24_999) return `{"calculation":"acquisition_cost","inputs":{"advertising":${deepBalanced}}}`;
  if (i % 10_000 === 4_999) return `{"calculation":"discounted_clv","inputs":{"cash_flows":[${'1e308,'.repeat(1300)}1],"discount_rate":0.1}}`;
  if (i % 500 === 250) {
    return pick([`{"calculation":"${long}","inputs":{}}`, `{"calculation":"acquisition_cost","inputs":{"${long}":1}}`,
                 `{"${long}":1}`, `{"calculation":"convert_rate","inputs":{"rate_kind":"${long}"}}`,
                 `{"calculation":"acquisition_cost","inputs":{"new_customers":"${long}\ud800"}}`]);
  }
  switch (random(8)) {
    case 0: return validText.slice(0, random(validText.length));                           // truncated JSON
    case 1: return `{"version":1,"calculation":"${pick(calculations)}","inputs":{"${pick(fields)}":${pick(oddValues)}}}`;
    case 2: return `{"calculation":"no_such_${i}","inputs":{}}`;                              // unknown calculation
    case 3: return `{"version":${pick(['2', '"1"', '1e400', '[1]', '1.0000001'])},"calculation":"${pick(calculations)}"}`;
    case 4: return `{"calculation":"${pick(calculations)}","inputs":${pick(oddValues)},"${pick(fields)}":1}`;
    case 5: return `{"calculation":"acquisition_cost","inputs":{"new_customers":1,"\ud800${pick(fields)}":"\udfff"}}`;  // lone surrogates
    case 6: return pick(['', '[]', 'null', '{', '}', '\u0000', '\ufeff{}', 'NaN', '{"a":Infinity}', "{'a':1}", '[[[[[[[[']);
    default: return `{"calculation":"discounted_clv","inputs":{"cash_flows":[${'1e308,'.repeat(random(8))}${pick(oddValues)}],"discount_rate":${pick(oddValues)}}}`;
  }
}

test(`${total.toLocaleString('en')} malformed requests leave the module working`, async () => {
  const engine = await loadWasmEngine();
  const memory = () => engine.HEAP8.buffer.byteLength;
  const started = performance.now();
  let memoryAfterWarmup = 0;
  for (let i = 0; i < total; i++) {
    if (i === Math.min(100_000, total >> 2)) memoryAfterWarmup = memory();
    const text = malformed(i);
    const response = engine.evaluate(text);
    if (i % 997 === 0 || response.charCodeAt(0) !== 123 /* { */) {
      // Some random requests happen to be valid (e.g. a retention rate of 0): only the shape is checked.
      const parsed = JSON.parse(response);
      assert.equal(typeof parsed.ok, 'boolean', `response to request #${i} has no ok: ${response.slice(0, 300)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`robustness: ${total.toLocaleString('en')} malformed requests in ${seconds.toFixed(1)} s ` +
              `(${Math.round(total / seconds).toLocaleString('en')}/s); wasm memory ` +
              `${(memoryAfterWarmup / 2 ** 20).toFixed(1)} MiB after warm-up, ${(memory() / 2 ** 20).toFixed(1)} MiB at the end`);

  const answer = JSON.parse(engine.evaluate(validText));
  assert.equal(answer.ok, true, JSON.stringify(answer.problems));
  assert.ok(Math.abs(answer.result.cac - 150) < 1e-9, `cac = ${answer.result.cac}`);
  // After warm-up the heap has seen every kind of request; a per-call leak of even 16 bytes
  // over 900k calls would add > 14 MiB.
  assert.ok(memory() <= memoryAfterWarmup + 8 * 2 ** 20,
    `memory grew from ${memoryAfterWarmup} to ${memory()} bytes`);
});
