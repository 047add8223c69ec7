// web/tools/workbench/table-request.js and tables.js: a table's texts become the core's list of
// objects as every field reads text (blank cells left out, bad text sent as typed), and the
// core's problems land on the cell, the row or the form they name.
import test from 'node:test';
import assert from 'node:assert/strict';
import { rowObject, rowObjects, cellOf, splitTableProblems } from '../../web/tools/workbench/table-request.js';
import { TABLE_PAGES, tableRows } from '../../web/tools/workbench/tables.js';
import { initial } from '../../web/tools/workbench/codec.js';

const columns = [{ name: 'name', kind: 'text' }, { name: 'customers', kind: 'count' }, { name: 'gross_margin_rate', kind: 'rate' },
                 { name: 'average_purchase', kind: 'money' }, { name: 'lifecycle_stage', kind: 'choice', options: ['new', 'mature'], default: 'new' }];

test('cells read as their fields do: rates, grouped digits, blanks left out, bad text as typed', () => {
  assert.deepEqual(rowObject(columns, { name: ' VIP ', customers: '1,200', gross_margin_rate: '45%', average_purchase: '¥ 99.5', lifecycle_stage: 'mature' }),
                   { name: 'VIP', customers: 1200, gross_margin_rate: 0.45, average_purchase: 99.5, lifecycle_stage: 'mature' });
  assert.deepEqual(rowObject(columns, { name: '', customers: '', gross_margin_rate: '0.3', lifecycle_stage: '' }), { gross_margin_rate: 0.3 });
  assert.deepEqual(rowObject(columns, { customers: 'many' }), { customers: 'many' });
  assert.deepEqual(rowObjects(columns, [{}, { customers: '2' }]), [{}, { customers: 2 }]);
});

test('problems go to their cell, their row, the form or the card', () => {
  assert.deepEqual(cellOf('inputs.segments[3].customers', 'segments'), { row: 3, column: 'customers' });
  assert.deepEqual(cellOf('inputs.segments[0]', 'segments'), { row: 0, column: null });
  assert.equal(cellOf('inputs.indicators[0].weight', 'segments'), null);
  assert.equal(cellOf('inputs.segments', 'segments'), null);
  const split = splitTableProblems([
    { field: 'inputs.segments[1].retention_rate', code: 'out_of_range' }, { field: 'inputs.segments[2]', code: 'duplicate_name' },
    { field: 'inputs.discount_rate', code: 'missing_field' }, { field: 'inputs.segments', code: 'wrong_length' }],
  'segments', (name) => name === 'discount_rate');
  assert.deepEqual(split.cells.map((c) => [c.row, c.column]), [[1, 'retention_rate']]);
  assert.deepEqual(split.rows.map((r) => r.row), [2]);
  assert.deepEqual(split.own.map((o) => o.name), ['discount_rate']);
  assert.deepEqual(split.general.map((g) => g.problem.code), ['wrong_length']);
});

test('an untouched table shows the demo rows in the page\'s language; a typed one its own', () => {
  const page = TABLE_PAGES.find((p) => p.table === 'segments');
  const slice = initial();
  const en = tableRows(slice, page, 'en');
  const zh = tableRows(slice, page, 'zh-CN');
  assert.equal(en.length, zh.length);
  assert.notEqual(en[0].name, zh[0].name);
  assert.deepEqual({ ...en[0], name: '' }, { ...zh[0], name: '' }, 'the same numbers in both languages');
  slice.tables.segments = [];
  assert.deepEqual(tableRows(slice, page, 'en'), []);
});
