// web/tools/calculator/request.js: the form's text becomes the core's request. Every
// calculation's example numbers, as the page opens them, give a request the core answers.
import test from 'node:test';
import assert from 'node:assert/strict';
import { buildRequest, withCheck, fieldValue } from '../../web/tools/calculator/request.js';
import { rawInputs } from '../../web/tools/calculator/answer.js';
import { initial } from '../../web/tools/calculator/codec.js';
import { calcs, evaluate } from './support.mjs';

test('each calculation opens with example numbers the core answers', () => {
  for (const calc of calcs.list) {
    const request = buildRequest(calc, rawInputs(initial(), calc), { period: 'year' });
    const response = evaluate(request);
    assert.equal(response.ok, true, `${calc.id}: ${JSON.stringify(response.problems)}`);
  }
});

test('blank optional fields are left out, unreadable text is sent as typed, rates read percent', () => {
  const calc = calcs.byId.retention_clv;
  const raw = { ...rawInputs(initial(), calc), periods: '', margin_per_period: '12 abc', discount_rate: '10%' };
  const request = buildRequest(calc, raw, { period: 'month' });
  assert.equal('periods' in request.inputs, false);
  assert.equal(request.inputs.margin_per_period, '12 abc');
  assert.equal(request.inputs.discount_rate, 0.1);
  assert.equal(request.inputs.period, 'month');
  assert.equal(request.inputs.table_periods, 20, 'an infinite horizon asks for a fixed number of rows');
  const response = evaluate(request);
  assert.deepEqual(response.problems.map((p) => [p.field, p.code]), [['inputs.margin_per_period', 'wrong_type']]);
});

test('only the chosen alternative is sent', () => {
  const calc = calcs.byId.discounted_clv;
  const raw = { ...rawInputs(initial(), calc), cash_source: 'list' };
  const request = buildRequest(calc, raw, { period: 'year' });
  assert.deepEqual(request.inputs.cash_flows, [1000, 1200, 1300]);
  assert.equal('cash_flow_per_period' in request.inputs, false);
  assert.equal('periods' in request.inputs, false);
  assert.equal(evaluate(request).ok, true);
});

test('the check travels in the same request', () => {
  const calc = calcs.byId.retention_clv;
  const request = withCheck(buildRequest(calc, rawInputs(initial(), calc), { period: 'year' }), '266.67', 'clv', 'end_retained', false);
  const response = evaluate(request);
  assert.equal(response.ok, true);
  assert.equal(response.check.matches, true);
  assert.equal(withCheck(request, '  ', 'clv'), null);
  assert.equal(fieldValue({ kind: 'choice', default: 'end' }, ''), 'end');
});
