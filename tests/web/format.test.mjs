// web/ui/format.js: display only. Money in the currency, rates as percentages, periods with their
// word, a missing number as a dash, in each language.
import test from 'node:test';
import assert from 'node:assert/strict';
import { makeFormat, NONE } from '../../web/ui/format.js';
import { useLanguage } from './support.mjs';

test('English: money, rates, periods, ratios, and the dash for no value', () => {
  useLanguage('en');
  const fmt = makeFormat('en', 'USD', 'year');
  assert.equal(fmt.value('money', 1234.5), '$1,234.50');
  assert.equal(fmt.value('rate', 0.05), '5%');
  assert.equal(fmt.value('rate', 0.0012345), '0.1235%');
  assert.equal(fmt.value('periods', 5), '5 years');
  assert.equal(fmt.value('periods', 1), '1 year');
  assert.equal(fmt.value('ratio', 6), '6 : 1');
  assert.equal(fmt.value('money', null), NONE);
  assert.equal(fmt.value('money', NaN), NONE);
  assert.equal(fmt.inFormula('money', 30000), '30,000.00');
  assert.equal(fmt.inFormula('rate', 0.05), '0.05');
  assert.equal(fmt.signed('money', -100), '-$100.00');
  assert.equal(fmt.currencySymbol, '$');
});

test('an exact half cent computed with binary noise rounds up, as on paper (issue 14)', () => {
  useLanguage('en');
  const fmt = makeFormat('en', 'USD', 'year');
  assert.equal(0.145 * 3, 0.43499999999999994);
  assert.equal(fmt.value('money', 0.145 * 3), '$0.44');
  assert.equal(fmt.inFormula('money', 0.145 * 3), '0.44');
  assert.equal(fmt.value('money', 1.005), '$1.01', '1.005 is 1.00499999999999989... in binary');
  assert.equal(fmt.value('rate', -0), '0%', '-0 shows as 0');
  assert.equal(fmt.signed('rate', -0), '0%');
});

test('shares shown side by side keep two decimals; small rates keep four', () => {
  useLanguage('en');
  const fmt = makeFormat('en', 'USD', 'month');
  assert.equal(fmt.value('share', 0.814753), '81.48%');
  assert.equal(fmt.value('share', 0.009877), '0.99%');
  assert.equal(fmt.value('rate', 0.009488792934583), '0.9489%');
});

test('Chinese: yuan and months', () => {
  useLanguage('zh-CN');
  const fmt = makeFormat('zh-CN', 'CNY', 'month');
  assert.equal(fmt.value('money', 266.666), '¥266.67');
  assert.match(fmt.value('periods', 3), /3.*个月/);
  assert.equal(makeFormat('zh-CN', 'JPY', 'year').value('money', 1234.5), 'JP¥1,235');
});
