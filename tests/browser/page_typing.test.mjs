// Typing, as a person does it: the answer follows every keystroke with no button; what people
// type ("1,234.5", "5%", full-width "１２", stray spaces) reads as the plain number; and a bad
// value is explained beside its field, in English or Chinese, while the last good answer stays
// on screen marked out of date, the typed text stays in the field, and fixing it clears both.
// Expected numbers come from the shared worked examples (the page's defaults), or from their
// formulas with one input changed.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openSession, openPage, byTestId, retype, shownNumber, hasCJK,
  expectNoBadText, expectNoProblems, switchLanguage, workedExamples,
} from './page_harness.mjs';

const example = (id) => workedExamples.cases.find((c) => c.id === id);
const acquisition = example('acquisition_cost.per_customer');
const discounted = example('clv.discounted.end_of_year');
const lifetime = example('lifetime.from_retention');
const cents = (v) => Math.round(v * 100) / 100;
// CAC with one cost item or the customer count changed (the example's formula).
const cac = ({ advertising = acquisition.inputs.advertising, customers = acquisition.inputs.new_customers } = {}) =>
  (acquisition.expected.acquisition_spend - acquisition.inputs.advertising + advertising) / customers;
// The end-of-period sum of the discounted example, in closed form.
const annuity = (cashFlow, rate, periods) => (cashFlow * (1 - (1 + rate) ** -periods)) / rate;

// What the page shows about one field and the answer, read in one go.
function fieldState(page, field) {
  return page.evaluate((field) => {
    const el = (id) => document.querySelector(`[data-testid="${id}"]`);
    const error = el(`error-${field}`);
    return {
      headline: el('result-value').innerText.trim(),
      stale: el('stale-marker').checkVisibility(),
      errorShown: Boolean(error?.checkVisibility()),
      error: error?.innerText.trim() ?? null,
      value: el(`input-${field}`)?.value ?? null,
      focused: document.activeElement?.dataset.testid ?? null,
      substituted: [...document.querySelectorAll('[data-testid="steps"] .formula.numbers .val')].map((n) => n.innerText.trim()),
    };
  }, field);
}

function expectMoney(text, expected, what) {
  assert.ok(Math.abs(shownNumber(text) - cents(expected)) < 1e-9, `${what}: the page shows "${text}", expected ${cents(expected)}`);
  assert.match(text, /\d\.\d{2}(?!\d)/, `${what}: "${text}" is not shown to the cent`);
}

async function expectGood(page, field, what) {
  const now = await fieldState(page, field);
  assert.equal(now.errorShown, false, `${what}: an error is shown: "${now.error}"`);
  assert.equal(now.stale, false, `${what}: the answer is marked out of date`);
  return now;
}

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

test('the answer follows each keystroke, with no button to press', async (t) => {
  const session = await openSession(env);
  t.after(() => session.close());
  const { page } = session;
  await openPage(session, env, '#calc=acquisition_cost&lang=en');
  expectMoney((await fieldState(page, 'new_customers')).headline, acquisition.expected.cac, 'the worked example');

  // 9, 90, 900 new customers: one answer per key, and the cursor stays in the field.
  const input = byTestId(page, 'input-new_customers');
  await input.selectText();
  let typed = '';
  for (const key of '900') {
    await input.pressSequentially(key);
    typed += key;
    const now = await expectGood(page, 'new_customers', `after typing "${typed}"`);
    expectMoney(now.headline, cac({ customers: Number(typed) }), `CAC for ${typed} new customers`);
    assert.equal(now.focused, 'input-new_customers', 'typing lost the focus');
    assert.ok(now.substituted.includes(typed), `the worked solution does not use ${typed}: ${JSON.stringify(now.substituted)}`);
  }

  // Discounted CLV opens on its worked example; then 10 years, then 10% a year.
  await byTestId(page, 'calc-discounted_clv').click();
  expectMoney((await fieldState(page, 'periods')).headline, discounted.expected.clv, 'discounted CLV, worked example');
  const { cash_flow_per_year: cashFlow, discount_rate: rate } = discounted.inputs;
  await retype(page, 'periods', '10');
  expectMoney((await expectGood(page, 'periods', 'periods 10')).headline, annuity(cashFlow, rate, 10), '10 years at 5%');
  await retype(page, 'discount_rate', '10%');
  expectMoney((await expectGood(page, 'discount_rate', 'rate 10%')).headline, annuity(cashFlow, 0.10, 10), '10 years at 10%');
  await expectNoBadText(page);
  await expectNoProblems(session);
});

test('"1,234.5", "5%", full-width "１２" and stray spaces read as the plain number', async (t) => {
  const session = await openSession(env);
  t.after(() => session.close());
  const { page } = session;
  await openPage(session, env, '#calc=acquisition_cost&lang=en');
  const forms = [
    { calc: 'acquisition_cost', field: 'advertising', plain: '1234.5', typed: ['1,234.5'],
      expected: cac({ advertising: 1234.5 }) },
    { calc: 'acquisition_cost', field: 'new_customers', plain: '12', typed: ['１２', '  12  '],
      expected: cac({ customers: 12 }) },
    { calc: 'discounted_clv', field: 'discount_rate', plain: '0.05', typed: ['5%', '５％'],
      expected: discounted.expected.clv },
  ];
  for (const { calc, field, plain, typed, expected } of forms) {
    await byTestId(page, `calc-${calc}`).click();
    const original = (await fieldState(page, field)).value;
    await retype(page, field, plain);
    const reference = await expectGood(page, field, `${field} "${plain}"`);
    expectMoney(reference.headline, expected, `${field} "${plain}"`);
    for (const text of typed) {
      await retype(page, field, text);
      const now = await expectGood(page, field, `${field} "${text}"`);
      assert.equal(now.headline, reference.headline, `${field}: "${text}" does not give the same answer as "${plain}"`);
      assert.equal(now.value, text, `${field}: the field no longer shows what was typed`);
    }
    await retype(page, field, original);
  }
  await expectNoBadText(page);
  await expectNoProblems(session);
});

// Each kind of bad value: where it is typed, and how (pasted when a prefix of it is a good value,
// e.g. the "1" of "150%", so that the last good answer is the one before).
const badValues = [
  { kind: 'empty required field', calc: 'acquisition_cost', field: 'new_customers', text: '' },
  { kind: 'letters', calc: 'acquisition_cost', field: 'new_customers', text: 'abc' },
  { kind: 'negative cost', calc: 'acquisition_cost', field: 'advertising', text: '-5' },
  { kind: 'zero customers', calc: 'acquisition_cost', field: 'new_customers', text: '0' },
  // Digits beyond a double's range are still a number: the message names the allowed range.
  { kind: '10,000 characters', calc: 'acquisition_cost', field: 'advertising', text: '1234567890'.repeat(1000), paste: true,
    says: { en: /at most \$1,000,000,000,000,000\.00/, 'zh-CN': /1,000,000,000,000,000/ } },
  { kind: 'rate out of range', calc: 'expected_lifetime', field: 'retention_rate', text: '150%', paste: true },
];
// The good answer each calculation shows before: its worked example.
const goodAnswer = {
  acquisition_cost: (text) => expectMoney(text, acquisition.expected.cac, 'CAC'),
  expected_lifetime: (text) => assert.equal(shownNumber(text), lifetime.expected.expected_lifetime_periods, `lifetime "${text}"`),
};

// Types each bad value into the page in its current language `lang`, checks what the page shows
// and fixes it; returns the messages shown, by kind.
async function badValueMessages(page, lang) {
  const messages = {};
  let shown = null;
  for (const { kind, calc, field, text, paste, says } of badValues) {
    const what = `${lang}, ${kind}`;
    if (calc !== shown) await byTestId(page, `calc-${calc}`).click();
    shown = calc;
    const before = await expectGood(page, field, `${what}, before`);
    goodAnswer[calc](before.headline);

    if (paste) {
      await byTestId(page, `input-${field}`).selectText();
      await page.keyboard.insertText(text);
    } else await retype(page, field, text);
    const bad = await fieldState(page, field);
    assert.ok(bad.errorShown && bad.error, `${what}: no message at error-${field}`);
    assert.equal(hasCJK(bad.error), lang === 'zh-CN', `${what}: the message "${bad.error}" is not in ${lang}`);
    if (says) assert.match(bad.error, says[lang], `${what}: the message does not say what is allowed`);
    assert.ok(bad.stale, `${what}: the answer is not marked out of date`);
    assert.equal(bad.headline, before.headline, `${what}: the last good answer is not kept`);
    assert.equal(bad.value, text, `${what}: the field does not keep the text typed`);
    await expectNoBadText(page);
    messages[kind] = bad.error;

    await retype(page, field, before.value);
    const fixed = await expectGood(page, field, `${what}, fixed`);
    assert.equal(fixed.headline, before.headline, `${what}: fixing it does not give the answer back`);
  }
  return messages;
}

// English from the browser's language, then Chinese by the page's own switch.
test('a bad value is explained at its field in English and Chinese; the last answer stays, marked out of date', async (t) => {
  const session = await openSession(env, { locale: 'en-US' });
  t.after(() => session.close());
  const { page } = session;
  await openPage(session, env, '#calc=acquisition_cost');
  const english = await badValueMessages(page, 'en');
  await switchLanguage(page, 'zh-CN');
  const chinese = await badValueMessages(page, 'zh-CN');
  for (const { kind } of badValues) {
    assert.notEqual(english[kind], chinese[kind], `${kind}: the same message in both languages`);
  }
  await expectNoProblems(session);
});

// Out of date, the convention cards' timelines fade their bars but not their small labels,
// which must stay readable (4.5:1 is checked by axe on HTML text, not on SVG text like this).
test('a stale answer fades the timelines\' bars, not their labels', async (t) => {
  const session = await openSession(env);
  t.after(() => session.close());
  await openPage(session, env, '#calc=retention_clv&lang=en');
  await session.page.waitForFunction(() => document.querySelector('.convention-card .timeline'));
  await retype(session.page, 'margin_per_period', 'abc');
  await session.page.waitForFunction(() => document.querySelector('[data-testid="stale-marker"]').checkVisibility());
  const seen = await session.page.evaluate(() => {
    const shown = (node) => {
      let opacity = 1;
      for (let n = node; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
      return opacity;
    };
    const timeline = document.querySelector('.convention-card .timeline');
    return { label: shown(timeline.querySelector('.bar-label')), bar: shown(timeline.querySelector('.bar-present')) };
  });
  assert.equal(seen.label, 1);
  assert.ok(seen.bar < 0.6, `the bars show at opacity ${seen.bar}`);
  await expectNoProblems(session);
});
