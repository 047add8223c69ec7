// web/ui/parse.js: what people type reads as the number they mean, and anything else is passed
// on as text for the core to report.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber, parseRate, parseList } from '../../web/ui/parse.js';

test('grouping commas, a decimal comma, spaces, full-width digits and currency signs', () => {
  const cases = [['1,234.5', 1234.5], ['1 000', 1000], ['0,05', 0.05], ['１２', 12], ['¥ 300', 300], ['300元', 300],
                 ['USD 12.5', 12.5], ['−3', -3], ['3。5', 3.5], ['.5', 0.5], ['1e3', 1000]];
  for (const [text, value] of cases) assert.deepEqual(parseNumber(text), { value }, text);
});

test('a percent sign means hundredths, exactly as the decimal literal, and only where a rate is read', () => {
  assert.deepEqual(parseNumber('7.3%', { percent: true }), { value: 0.073 });
  assert.deepEqual(parseNumber('５％', { percent: true }), { value: 0.05 });
  assert.deepEqual(parseNumber('5%'), { invalid: '5%' });
});

test('blank is empty, words are invalid, too many digits for a double stand at the largest double', () => {
  assert.deepEqual(parseNumber('  '), { empty: true });
  assert.deepEqual(parseNumber('12 abc'), { invalid: '12 abc' });
  assert.deepEqual(parseNumber('1e400'), { value: Number.MAX_VALUE });
  assert.deepEqual(parseNumber('-1e400'), { value: -Number.MAX_VALUE });
});

test('a rate reads as textbooks write it, alike in every rate field (issue 14: "10" is 10 %, not 1,000 %)', () => {
  assert.deepEqual(parseRate('10%'), { value: 0.1, read: 'percent' });
  assert.deepEqual(parseRate('10'), { value: 0.1, read: 'bare_percent' });
  assert.deepEqual(parseRate('80'), { value: 0.8, read: 'bare_percent' });
  assert.deepEqual(parseRate('7.3'), { value: 0.073, read: 'bare_percent' }, 'exactly the decimal 0.073');
  assert.deepEqual(parseRate('0.8'), { value: 0.8, read: 'fraction' });
  assert.deepEqual(parseRate('1'), { value: 1, read: 'fraction' }, '1 is 100 %: the page warns where that is likely a slip');
  assert.deepEqual(parseRate('0'), { value: 0, read: 'fraction' });
  assert.deepEqual(parseRate('-5'), { value: -0.05, read: 'bare_percent' });
  assert.deepEqual(parseRate('abc'), { invalid: 'abc' });
  assert.deepEqual(parseRate(''), { empty: true });
});

test('lists split on spaces, commas, semicolons and the Chinese separators', () => {
  assert.deepEqual(parseList('60% 70%，80%、0.9', { rate: true }).items.map((i) => i.value), [0.6, 0.7, 0.8, 0.9]);
  assert.deepEqual(parseList('60 70', { rate: true }).items.map((i) => i.value), [0.6, 0.7]);
  assert.deepEqual(parseList(''), { empty: true });
  assert.deepEqual(parseList('1 x').items, [{ value: 1 }, { invalid: 'x' }]);
});
