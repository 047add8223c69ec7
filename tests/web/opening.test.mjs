// web/app/opening.js with web/app/persist/local.js: the state a page opens with, from a link,
// from storage (this version's, the first version's, or garbage), or a first visit's.
import test, { beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openingState, restoreState } from '../../web/app/opening.js';
import { TOOLS } from '../../web/app/tools.js';

function fakeStorage() {
  const items = new Map();
  return { getItem: (k) => (items.has(k) ? items.get(k) : null), setItem: (k, v) => items.set(k, String(v)), clear: () => items.clear() };
}
globalThis.localStorage = fakeStorage();
globalThis.sessionStorage = fakeStorage();
globalThis.navigator = { languages: ['zh-CN'] };
beforeEach(() => { localStorage.clear(); sessionStorage.clear(); });

test('a first visit opens the calculator in the browser\'s language', () => {
  const { state, ignored } = openingState(TOOLS, '');
  assert.deepEqual(ignored, []);
  assert.equal(state.tool, 'calculator');
  assert.equal(state.lang, 'zh-CN');
  assert.equal(state.currency, 'CNY');
  assert.equal(state.calculator.calc, 'retention_clv');
});

test('a save from the first version (the calculator at the top level) still opens', () => {
  localStorage.setItem('clvcalc.state.v1', JSON.stringify({ calc: 'simple_clv', lang: 'en', currency: 'GBP', period: 'month',
    inputs: { simple_clv: { average_purchase: '77' } }, check: {}, written: '#calc=simple_clv', tab: 'x' }));
  const { state } = openingState(TOOLS, '');
  assert.equal(state.lang, 'en');
  assert.equal(state.currency, 'GBP');
  assert.equal(state.calculator.calc, 'simple_clv');
  assert.equal(state.calculator.inputs.simple_clv.average_purchase, '77');
});

test('a shared link wins over what was saved, and is applied onto it', () => {
  localStorage.setItem('clvcalc.state.v1', JSON.stringify({ state: { lang: 'en', calculator: { calc: 'simple_clv', inputs: { simple_clv: { average_purchase: '5' } } } }, written: '#old' }));
  const { state } = openingState(TOOLS, '#calc=retention_clv&in.margin_per_period=7');
  assert.equal(state.calculator.calc, 'retention_clv');
  assert.equal(state.calculator.inputs.retention_clv.margin_per_period, '7');
  assert.equal(state.calculator.inputs.simple_clv.average_purchase, '5', 'other calculations keep what was typed');
  assert.equal(openingState(TOOLS, '#old').state.calculator.calc, 'simple_clv', 'the hash this page wrote last is not a new link');
});

test('garbage in storage gives a working state', () => {
  for (const junk of ['null', '[]', '"x"', '{"state": 5}', '{"state": {"tool": "__proto__", "lang": {}, "calculator": {"calc": "toString", "inputs": {"retention_clv": {"__proto__": "x", "ok": 5}}}}}', 'not json']) {
    localStorage.setItem('clvcalc.state.v1', junk);
    const { state } = openingState(TOOLS, '');
    assert.equal(state.tool, 'calculator', junk);
    assert.equal(state.calculator.calc, 'retention_clv', junk);
  }
  const restored = restoreState({ calculator: { inputs: { retention_clv: { margin_per_period: '1', bad: 5, '__proto__': 'x' } } } }, TOOLS);
  assert.deepEqual(restored.calculator.inputs.retention_clv, { margin_per_period: '1' });
});
