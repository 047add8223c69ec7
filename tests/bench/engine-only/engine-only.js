// The least a first answer costs with this engine, for comparison with the page: start the
// engine, evaluate the page's opening request, format one number with Intl and show it.
// tests/bench/page_bench.mjs serves this beside a copy of dist/ and times it like the page.
import { start } from './engine.js';
import { byId, defaultCalculation } from './calculations.js';
import { buildRequest } from './request.js';
import { initialState, rawInputs } from './state.js';

const state = initialState();
const calc = byId[defaultCalculation];
const engine = await start();
const response = engine.evaluate(buildRequest(calc, rawInputs(state, calc), state));
const number = Object.values(response.result ?? {}).find(Number.isFinite) ?? NaN;
const money = new Intl.NumberFormat(state.lang, { style: 'currency', currency: state.currency });
document.querySelector('output').textContent = money.format(number);
performance.mark('clvcalc:first-result');
