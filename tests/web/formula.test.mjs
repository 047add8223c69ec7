// web/ui/formula.js: templates render as symbols or as the step's numbers, and name what they use.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installFakeDocument } from './support.mjs';
import { renderFormula, namesIn } from '../../web/ui/formula.js';

installFakeDocument();
const text = (nodes) => nodes.map((n) => n.textContent).join('');

test('a fraction with symbols, then with numbers, and the numbers tracked for updates', () => {
  const template = '\\frac{{margin} × {retention_rate}}{1 + {discount_rate} − {retention_rate}}';
  const symbols = { margin: 'm', retention_rate: 'r', discount_rate: 'd' };
  const symbolic = renderFormula(template, { names: [], symbol: (n) => symbols[n] });
  assert.equal(text(symbolic), 'm × r1 + d − r');
  const values = { margin: '100.00', retention_rate: '0.8', discount_rate: '0.1' };
  const tracked = [];
  const numbers = renderFormula(template, { names: [], symbol: (n) => symbols[n], value: (n) => values[n], track: (n) => tracked.push(n) });
  assert.equal(text(numbers), '100.00 × 0.81 + 0.1 − 0.8');
  assert.deepEqual(tracked, ['margin', 'retention_rate', 'discount_rate', 'retention_rate']);
  assert.equal(numbers[0].byClass('num').length, 1);
});

test('sums of items, sub- and superscripts, literal braces', () => {
  const sum = renderFormula('{+}', { names: ['a', 'b', 'c'], symbol: (n) => n, value: (n) => n.toUpperCase() });
  assert.equal(text(sum), 'A + B + C');
  const sub = renderFormula('CF_{t} ^2', { names: [], symbol: (n) => n });
  assert.deepEqual(sub.map((n) => n.tagName ?? '#text'), ['#text', 'SUB', '#text', 'SUP']);
  assert.equal(text(renderFormula('{not a name}', { names: [], symbol: (n) => n })), '{not a name}');
  assert.deepEqual(namesIn('{a} + {b} × {a} + {+}', ['c']), ['a', 'b', 'c']);
});
