// "Check my answer" on the worked examples, in English and Chinese: the textbook's wrong last step
// (the 5-year sum 4,329.48 divided by the 5% rate, 86,589.60) is told apart from the right answer
// and named as a finite sum divided by the rate; the right answer matches, one cent off does not;
// and an answer that is another convention's value is named as that convention (retention CLV's
// start of period, discounted CLV's end of period). Numbers come from the shared worked examples.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startEnvironment, openSession, openPage, byTestId, hasCJK, expectNoBadText, expectNoProblems, switchLanguage, workedExamples,
} from './page_harness.mjs';

const example = (id) => workedExamples.cases.find((c) => c.id === id);
const endOfYear = example('clv.discounted.end_of_year');
const retention = example('clv.retention.infinite');
const cents = (v) => Math.round(v * 100) / 100;
const grouped = (v) => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
// The textbook's wrong last step: the finite sum divided by the discount rate.
const wrongAnswer = cents(endOfYear.expected.clv / endOfYear.inputs.discount_rate);

// The verdict and the slips as shown, read in one go.
function verdict(page) {
  return page.evaluate(() => {
    const el = (id) => document.querySelector(`[data-testid="${id}"]`);
    return {
      shown: el('check-verdict').checkVisibility(),
      text: el('check-verdict').innerText.trim(),
      good: el('check-verdict').classList.contains('good'),
      bad: el('check-verdict').classList.contains('bad'),
      slips: [...el('check-slips').querySelectorAll('li')].map((li) => ({ code: li.dataset.code, text: li.innerText.trim(),
                                                                          shown: li.checkVisibility() })),
    };
  });
}

async function answer(page, text, { click = false } = {}) {
  const input = byTestId(page, 'check-answer');
  await input.selectText();
  await input.pressSequentially(text);
  if (click) await byTestId(page, 'check-button').click();
  return verdict(page);
}

const optionText = (page, select, value) => byTestId(page, select).locator(`option[value="${value}"]`).innerText();

function expectSlip(result, code, what) {
  const slip = result.slips.find((s) => s.code === code);
  assert.ok(slip?.shown && slip.text, `${what}: no ${code} slip shown: ${JSON.stringify(result.slips)}`);
  return slip;
}

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

test('the worked example\'s wrong last step comes from the shared file', () => {
  assert.equal(wrongAnswer, 86589.6);
  assert.match(endOfYear.source, /86589\.60/);
  assert.equal(endOfYear.inputs.timing, 'end');
});

// Runs every check in the page in its current language `lang`; returns the texts shown, by situation.
async function checkAnswers(page, lang) {
  const texts = {};
  const inLanguage = (text, what) => assert.equal(hasCJK(text), lang === 'zh-CN', `${lang}, ${what}: "${text}" is not in ${lang}`);
  await byTestId(page, 'preset-clv.discounted.end_of_year').click();

  // 86,589.60: differs from 4,329.48, and it is the finite sum divided by the rate.
  let result = await answer(page, String(wrongAnswer), { click: true });
  assert.ok(result.shown && result.bad && !result.good, `${lang}: 86589.6 is not said to differ: ${JSON.stringify(result)}`);
  for (const number of [wrongAnswer, endOfYear.expected.clv, wrongAnswer - endOfYear.expected.clv]) {
    assert.ok(result.text.includes(grouped(number)), `${lang}: the verdict "${result.text}" does not show ${grouped(number)}`);
  }
  inLanguage(result.text, 'the verdict');
  const slip = expectSlip(result, 'finite_sum_divided_by_rate', lang);
  assert.ok(slip.text.includes(grouped(wrongAnswer)), `${lang}: the slip "${slip.text}" does not show the value it explains`);
  inLanguage(slip.text, 'the slip');
  texts.differs = result.text;
  texts.slip = slip.text;

  // The right answer matches, as soon as it is typed (the check is live once asked for).
  result = await answer(page, String(endOfYear.expected.clv));
  assert.ok(result.shown && result.good && !result.bad, `${lang}: 4329.48 does not match: ${JSON.stringify(result)}`);
  assert.deepEqual(result.slips, [], `${lang}: slips listed for the right answer`);
  assert.ok(result.text.includes(grouped(endOfYear.expected.clv)), `${lang}: the verdict "${result.text}" does not show the answer`);
  inLanguage(result.text, 'the verdict');
  texts.matches = result.text;

  // To the cent: one cent off does not match.
  result = await answer(page, String(cents(endOfYear.expected.clv - 0.01)));
  assert.ok(result.bad && !result.good, `${lang}: one cent off matches: "${result.text}"`);

  // Discounted CLV at the start of each year: 4,329.48 is the end-of-year value.
  await byTestId(page, 'input-timing').selectOption('start');
  result = await answer(page, String(endOfYear.expected.clv), { click: true });
  assert.ok(result.bad, `${lang}: the end-of-year value matches the start-of-year answer: "${result.text}"`);
  let other = expectSlip(result, 'other_convention', `${lang}, timing`);
  const endTiming = await optionText(page, 'input-timing', 'end');
  assert.ok(other.text.includes(endTiming) && other.text.includes(grouped(endOfYear.expected.clv)),
            `${lang}: the slip "${other.text}" does not name the ${endTiming} timing and its value`);
  inLanguage(other.text, 'the timing slip');
  texts.timing = other.text;

  // Retention CLV, end of period: the start-of-period value is another convention.
  await byTestId(page, 'preset-clv.retention.infinite').click();
  await byTestId(page, 'convention-switch').selectOption('end_retained');
  const startValue = cents(retention.expected.clv_start_of_period);
  result = await answer(page, String(startValue), { click: true });
  assert.ok(result.bad, `${lang}: the start-of-period value matches end of period: "${result.text}"`);
  assert.ok(result.text.includes(grouped(retention.expected.clv_end_of_period)), `${lang}: "${result.text}" does not show the end-of-period value`);
  other = expectSlip(result, 'other_convention', `${lang}, convention`);
  const startConvention = await optionText(page, 'convention-switch', 'start');
  assert.ok(other.text.includes(startConvention) && other.text.includes(grouped(startValue)),
            `${lang}: the slip "${other.text}" does not name "${startConvention}" and its value`);
  inLanguage(other.text, 'the convention slip');
  texts.convention = other.text;

  await expectNoBadText(page);
  return texts;
}

// English from the browser's language, then Chinese by the page's own switch.
test('check my answer: the wrong last step and another convention are named, in English and Chinese', async (t) => {
  const session = await openSession(env, { locale: 'en-US' });
  t.after(() => session.close());
  const { page } = session;
  await openPage(session, env);
  const english = await checkAnswers(page, 'en');
  await switchLanguage(page, 'zh-CN');
  const chinese = await checkAnswers(page, 'zh-CN');
  for (const situation of Object.keys(english)) {
    assert.notEqual(english[situation], chinese[situation], `${situation}: the same words in both languages`);
  }
  await expectNoProblems(session);
});
