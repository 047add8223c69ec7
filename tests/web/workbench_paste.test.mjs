// web/tools/workbench/paste.js: a block pasted from a spreadsheet fills the table by its headers
// (either language, units in brackets ignored) or, without headers, from the cell pasted into.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readPasted, headerKey } from '../../web/tools/workbench/paste.js';

const columns = [{ name: 'name' }, { name: 'customers' }, { name: 'average_purchase' }, { name: 'retention_rate' }];
const words = { name: 'Segment|细分|名称', customers: 'Customers|客户数', average_purchase: 'Average purchase|平均购买额', retention_rate: 'Retention rate|保留率' };

test('headers in Chinese, in any order, with units in brackets, say which column is which', () => {
  const text = '保留率\t细分\t平均购买额（元）\t备注\r\n80%\tVIP\t1,200\tx\r\n60%\t普通\t300\ty\r\n';
  const rows = readPasted(text, [{ name: 'old' }], columns, { row: 0, column: 0 }, words);
  assert.deepEqual(rows, [{ name: 'VIP', retention_rate: '80%', average_purchase: '1,200' },
                          { name: '普通', retention_rate: '60%', average_purchase: '300' }]);
});

test('English headers and the columns\' own names match too', () => {
  const rows = readPasted('Segment\tcustomers\nA\t10', [], columns, { row: 0, column: 2 }, words);
  assert.deepEqual(rows, [{ name: 'A', customers: '10' }]);
  assert.equal(headerKey('Average purchase ($)'), headerKey('average_purchase'));
});

test('without headers the cells fill the columns from the one pasted into, adding rows as needed', () => {
  const rows = readPasted('10\t50\n20\t60\n30\t70', [{ name: 'A' }], columns, { row: 0, column: 1 }, words);
  assert.deepEqual(rows, [{ name: 'A', customers: '10', average_purchase: '50' },
                          { customers: '20', average_purchase: '60' }, { customers: '30', average_purchase: '70' }]);
  const cut = readPasted('1\t2\t3\t4\t5', [], columns, { row: 0, column: 2 }, words);
  assert.deepEqual(cut, [{ average_purchase: '1', retention_rate: '2' }], 'cells past the last column are dropped');
});

test('no more rows than the table allows', () => {
  const block = Array.from({ length: 50 }, (_, k) => `s${k}\t1`).join('\n');
  assert.equal(readPasted(block, [], columns, { row: 0, column: 0 }, words, 20).length, 20);
});
