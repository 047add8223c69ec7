// The least a first answer costs with this engine, for comparison with the page: start the
// engine, have it describe its calculations, evaluate the page's opening request, format one
// number with Intl and show it. tests/bench/page_bench.mjs serves this beside a copy of dist/
// and times it like the page.
import { createEngine } from './engine/client.js';
import { describeCalculations, DEFAULT_CALCULATION } from './tools/calculator/descriptors.js';
import { buildRequest } from './tools/calculator/request.js';
import { rawInputs } from './tools/calculator/answer.js';
import { initial } from './tools/calculator/codec.js';

const engine = createEngine({ module: 'calculator' });
const described = await engine.evaluate({ version: 1, calculation: 'describe' });
const calc = describeCalculations(described.result).byId[DEFAULT_CALCULATION];
const response = await engine.evaluate(buildRequest(calc, rawInputs(initial(), calc), { period: 'year' }));
const number = response.result?.conventions?.[0]?.clv ?? NaN;
const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
document.querySelector('output').textContent = money.format(number);
performance.mark('clvcalc:first-result');
