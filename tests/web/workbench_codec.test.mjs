// web/tools/workbench/codec.js and document.js: a workbench state survives its link, its saved
// file and storage; hostile or random keys never reach an object as keys and are listed as
// ignored; the core's description prunes what the page does not have.
import test from 'node:test';
import assert from 'node:assert/strict';
import { initial, encode, decode, restore, persisted, prune, MAX_ROWS, FORMS, TABLES } from '../../web/tools/workbench/codec.js';
import { exportDocument, importDocument } from '../../web/tools/workbench/document.js';

const roundTrip = (slice) => {
  const ignored = [];
  const back = decode(new URLSearchParams(encode(slice)), initial(), ignored);
  return { back, ignored };
};

function sample() {
  const slice = initial();
  slice.client = 'Acme 商店 & Co';
  slice.forms.ue = { new_customers: '600', retention_rate: '80%', horizon_periods: '' };
  slice.tables.segments = [{ name: 'VIP', customers: '120' }, { name: '', customers: '' }, { name: 'Bulk=1&x', customers: '9' }];
  slice.choices.lead = 'start';
  return slice;
}

test('a workbench state survives its own link, emptied fields and blank rows included', () => {
  const { back, ignored } = roundTrip(sample());
  assert.deepEqual(ignored, []);
  assert.equal(back.client, 'Acme 商店 & Co');
  assert.deepEqual(back.forms.ue, sample().forms.ue);
  assert.equal(back.tables.segments.length, 3, 'a blank row keeps its place');
  assert.deepEqual(back.tables.segments[0], { name: 'VIP', customers: '120' });
  assert.deepEqual(back.tables.segments[1], {});
  assert.equal(back.tables.segments[2].name, 'Bulk=1&x');
  assert.equal(back.choices.lead, 'start');
  assert.equal(back.tables.indicators, null, 'an untouched table stays the demo');
});

test('an emptied table travels as empty, not as the demo', () => {
  const slice = initial();
  slice.tables.segments = [];
  const { back } = roundTrip(slice);
  assert.deepEqual(back.tables.segments, []);
});

test('a first visit\'s link holds only the version', () => {
  assert.deepEqual(encode(initial()), [['wv', '1']]);
});

test('hostile and malformed keys are ignored and listed, never set', () => {
  const hash = 'wv=1&ue.__proto__=1&ue.constructor.x=2&zz.a=3&seg.x.name=4&seg.999.name=5&seg.0.__proto__=6' +
               '&seg.n=-1&seg.n=1e9&ch.lead=__proto__&ch.bogus=x&sens.step=10%25&ue.a..b=7';
  const ignored = [];
  const back = decode(new URLSearchParams(hash), initial(), ignored);
  assert.equal(Object.getPrototypeOf(back.forms.ue), Object.prototype);
  assert.equal(back.forms.sens.step, '10%');
  assert.equal(back.forms.ue.constructor, Object, 'no own "constructor" text');  // ue.constructor.x is a name
  for (const part of ['ue.__proto__=1', 'zz.a=3', 'seg.x.name=4', 'seg.999.name=5', 'seg.0.__proto__=6', 'seg.n=-1',
                      'seg.n=1e9', 'ch.lead=__proto__', 'ch.bogus=x', 'ue.a..b=7']) {
    assert.ok(ignored.includes(part), `${part} is not listed: ${ignored}`);
  }
  assert.equal(back.tables.segments, null);
});

test('a link of another version is ignored whole', () => {
  const ignored = [];
  const slice = initial();
  assert.equal(decode(new URLSearchParams('wv=7&ue.new_customers=1'), slice, ignored), slice);
  assert.deepEqual(ignored, ['wv=7', 'ue.new_customers=1']);
});

test('storage of anything at all restores a safe slice', () => {
  for (const raw of [null, 3, 'x', [], { forms: 'x' }, { forms: { ue: { __proto__: { a: 1 }, ok: '1', bad: 2 } } },
                     { tables: { segments: 'x' } }, { tables: { segments: Array(MAX_ROWS + 5).fill({ name: 'a' }) } },
                     { choices: { lead: 3, outcome: 'clv' } }, { client: 4 }]) {
    const slice = restore(JSON.parse(JSON.stringify(raw)));
    assert.equal(typeof slice.client, 'string');
    for (const texts of Object.values(slice.forms)) for (const text of Object.values(texts)) assert.equal(typeof text, 'string');
    assert.ok(slice.tables.segments === null || slice.tables.segments.length <= MAX_ROWS);
  }
  assert.deepEqual(restore(persisted(sample())), sample());
});

test('prune keeps what the core describes and lists the rest', () => {
  const slice = sample();
  slice.forms.ue.bogus = '1';
  slice.choices.lead = 'sideways';
  const known = { forms: { ue: new Set(['new_customers', 'retention_rate', 'horizon_periods']) },
                  tables: { segments: new Set(['name']) }, choices: { lead: ['end_retained', 'start'] } };
  const { slice: pruned, ignored } = prune(slice, known);
  assert.deepEqual(Object.keys(pruned.forms.ue).sort(), ['horizon_periods', 'new_customers', 'retention_rate']);
  assert.deepEqual(pruned.tables.segments[0], { name: 'VIP' });
  assert.equal(pruned.choices.lead, undefined);
  for (const part of ['ue.bogus=1', 'seg.customers=120', 'ch.lead=sideways']) assert.ok(ignored.includes(part), `${part}: ${ignored}`);
});

test('a saved file reopens the same workbench and its settings; other files are refused', () => {
  const state = { tool: 'calculator', lang: 'zh-CN', currency: 'EUR', period: 'month', workbench: sample() };
  const file = JSON.stringify(exportDocument(state, { ue: { request: {}, response: {} } }));
  const back = importDocument(file, { tool: 'calculator', lang: 'en', currency: 'USD', period: 'year', workbench: initial() });
  assert.equal(back.tool, 'workbench');
  assert.deepEqual([back.lang, back.currency, back.period], ['zh-CN', 'EUR', 'month']);
  assert.deepEqual(back.workbench, sample());
  assert.throws(() => importDocument('{', state), /not_json/);
  assert.throws(() => importDocument('{"format":"clvcalc","version":1}', state), /not_workbench/);
  assert.throws(() => importDocument('null', state), /not_workbench/);
});

test('no form shares its link key with a table or the choices', () => {
  for (const key of [...Object.keys(TABLES), 'ch', 'wv', 'client']) assert.ok(!FORMS.includes(key), key);
});

test('the dashboard\'s CSV holds the inputs sent and every number of each answer, steps left out', async () => {
  const { dashboardCsv, flatten } = await import('../../web/tools/workbench/csv.js');
  assert.deepEqual(flatten({ a: 1, b: { c: [{ d: 2 }, { d: null }] }, steps: [{ x: 1 }] }), [['a', 1], ['b.c[0].d', 2], ['b.c[1].d', null]]);
  const csv = dashboardCsv({ lang: 'en' }, 'Acme, "Ltd"', {
    ue: { request: { calculation: 'unit_economics', inputs: { acquisition_spend: { advertising: 1 } } },
          response: { ok: true, result: { cac: 150.123456789, conventions: [{ clv: 3 }] }, warnings: [{ code: 'w' }], steps: [] } },
    seg: { request: { calculation: 'segments', inputs: {} }, response: { ok: false, problems: [{ field: 'inputs.segments', code: 'missing_field' }] } },
    none: null });
  assert.ok(csv.startsWith('\uFEFF'));
  for (const line of ['setting,,client,"Acme, ""Ltd"""', 'input,ue,acquisition_spend.advertising,1', 'result,ue,cac,150.123456789',
                      'result,ue,conventions[0].clv,3', 'warning,ue,w,', 'problem,seg,inputs.segments,missing_field']) {
    assert.ok(csv.includes(`${line}\r\n`), `${line} in\n${csv}`);
  }
});
