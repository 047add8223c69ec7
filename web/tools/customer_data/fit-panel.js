// The Fit card's loop: the model chosen is fitted to the summary on screen (the transactions'
// or the one brought) in the engine's Worker, with progress and Cancel; a purchase model
// (BG/NBD, Pareto/NBD) is followed by the Gamma-Gamma spend model when there are monetary
// values, by each customer's prediction and by its validation (validation-panel.js). Every
// number shown is a core response's.
import { parseNumber, parseRate } from '../../ui/parse.js';
import { fitRequest } from './requests.js';
import { columnsToCsv, download } from './csv.js';
import { dataProblemText } from './views/problems.js';
import { summariseNow, readSummaryNow } from './flows.js';
import { t } from '../../i18n/i18n.js';
import { tierSegmentRows, segmentsCsv, openInWorkbench } from './tiers-export.js';

export const PURCHASE_MODELS = ['bg_nbd', 'pareto_nbd'];
const TOP = 15;

// The summary a model is fitted to: {response, customers, timeUnit, dataset} or null; `dataset`
// is the id of a big file's summary kept in the engine (its customers here are the first few).
export function fittedSummary(c) {
  const { model } = c;
  if (c.slice().source === 'summary') {
    return model.brought ? { response: model.brought, customers: model.brought.result.customers, timeUnit: c.slice().time_unit,
                             dataset: model.dataset ?? null } : null;
  }
  return model.summary ? { response: model.summary, customers: model.summary.result.customers, timeUnit: model.summary.result.conventions.time_unit,
                           dataset: model.dataset ?? null } : null;
}

const missing = (response) => !response.ok && response.problems.some((p) => p.code === 'dataset_missing');

// The engine's answer on the summary it keeps for a big file (call: 'fitDataset',
// 'predictDataset' or 'validateDataset'); a summary the engine lost (its Worker was restarted
// by a Cancel) is made again from the file first.
export async function heldResponse(c, call, request, signal, progress) {
  const response = await c.engine[call](c.model.dataset, request, { signal });
  if (!missing(response)) return response;
  const step = c.model.file?.kind === 'summary' ? readSummaryNow : summariseNow;
  const { fits } = c.model;
  await step(c, signal, progress);
  // The same file read again under the same settings: the fits on screen still hold.
  Object.assign(c.model, { fits, fitsFor: fittedSummary(c)?.response ?? null });
  progress(call === 'fitDataset' ? 'fitting' : call === 'predictDataset' ? 'predicting' : 'validating');
  return c.model.dataset ? c.engine[call](c.model.dataset, request, { signal }) : response;
}

// fit_model's response: on the columns, or on the summary the engine keeps.
function fitResponse(c, model, summary, signal, progress) {
  if (!summary.dataset) return c.engine.evaluate(fitRequest(model, summary.customers), { signal });
  return heldResponse(c, 'fitDataset', { version: 1, calculation: 'fit_model', inputs: { model } }, signal, progress);
}

const typed = (text, parse) => {
  const read = parse(text);
  return read.empty ? undefined : read.value ?? text;  // unreadable text goes on: the core names it
};

// predict's request; a summary the engine keeps (a big file) gives its own customers.
export function predictRequest(c, purchaseModel, summary) {
  const s = c.slice();
  const fits = c.model.fits;
  const k = summary.customers;
  const customers = summary.dataset ? undefined : { frequency: k.frequency, recency: k.recency, T: k.T };
  const spend = fits.gamma_gamma?.ok && Array.isArray(k.monetary_value);
  if (spend && customers) customers.monetary_value = k.monetary_value;
  const inputs = { model: purchaseModel, params: fits[purchaseModel].result.params, customers, time_unit: summary.timeUnit,
                   horizon: typed(s.horizon, parseNumber), margin: typed(s.margin, parseRate),
                   discount_rate: typed(s.discount_rate, parseRate), discount_rate_period: 'year' };
  if (spend) inputs.gamma_gamma = fits.gamma_gamma.result.params;
  for (const key of Object.keys(inputs)) if (inputs[key] === undefined) delete inputs[key];
  return { version: 1, calculation: 'predict', inputs };
}

// The customers with the highest predicted value (CLV, else expected purchases), in the core's
// order (predict's distribution.top), for the table; a kept summary's prediction names them
// itself (top_customers), as its columns here hold only the first customers.
export function topCustomers(summary, prediction, count = TOP) {
  const kept = prediction.result.top_customers;
  if (kept) {
    return kept.id.slice(0, count).map((id, k) => ({ id, frequency: kept.frequency[k], p_alive: kept.p_alive[k],
                                                      expected_purchases: kept.expected_purchases[k], clv: kept.clv[k] }));
  }
  const p = prediction.result.customers;
  const order = prediction.result.distribution.top.slice(0, count);
  return order.map((i) => ({ id: summary.customers.id[i], frequency: summary.customers.frequency[i], p_alive: p.p_alive[i],
                             expected_purchases: p.expected_purchases[i], clv: Array.isArray(p.clv) ? p.clv[i] : null }));
}

export function predictionCsv(summary, prediction) {
  const k = summary.customers;
  const p = prediction.result.customers;
  return columnsToCsv({ customer_id: k.id, frequency: k.frequency, recency: k.recency, T: k.T,
                        p_alive: p.p_alive, expected_purchases: p.expected_purchases,
                        expected_spend: p.expected_spend ?? k.id.map(() => null), clv: p.clv ?? k.id.map(() => null) });
}

export function createFitPanel(c, run, models) {
  const purchaseModel = () => (PURCHASE_MODELS.includes(c.slice().model) ? c.slice().model
    : PURCHASE_MODELS.find((m) => c.model.fits[m]?.ok) ?? null);

  // The tiers as the workbench's segments rows, named in the page's language.
  const tierRows = () => tierSegmentRows(c.model.prediction.result.distribution.tiers,
    (tier) => t('data_tiers', 'tier_name', { tier }), c.slice().margin);

  async function predictNow(signal, progress) {
    const summary = fittedSummary(c);
    const model = purchaseModel();
    if (!summary || !c.model.fits[model]?.ok) return;
    progress('predicting');
    const request = predictRequest(c, model, summary);
    c.model.prediction = summary.dataset ? await heldResponse(c, 'predictDataset', request, signal, progress)
      : await c.engine.evaluate(request, { signal });
    c.render();
  }

  async function fitNow(signal, progress) {
    const summary = fittedSummary(c);
    if (!summary) return;
    const chosen = c.slice().model;
    progress('fitting');
    const fitted = await fitResponse(c, chosen, summary, signal, progress);
    c.model.fits = { ...c.model.fits, [chosen]: fitted };
    if (chosen !== 'gamma_gamma' && Array.isArray(summary.customers.monetary_value) && !c.model.fits.gamma_gamma) {
      c.model.fits.gamma_gamma = await fitResponse(c, 'gamma_gamma', summary, signal, progress);
    }
    c.render();
    if (!c.model.fits[chosen].ok || !PURCHASE_MODELS.includes(chosen)) return;
    await predictNow(signal, progress);
    await c.validation?.validateNow(chosen, signal, progress);
  }

  function state() {
    const summary = fittedSummary(c);
    if (c.model.fitsFor !== summary?.response) Object.assign(c.model, { fits: {}, prediction: null, fitsFor: summary?.response ?? null });
    const fits = c.model.fits;
    const problems = Object.values(fits).concat(c.model.prediction ? [c.model.prediction] : []).filter((r) => r && !r.ok)
      .flatMap((r) => r.problems.map((p) => dataProblemText(p, c.fmt())));
    const prediction = c.model.prediction?.ok ? { response: c.model.prediction, top: topCustomers(summary, c.model.prediction) } : null;
    return { available: models.length > 0, models, model: c.slice().model, ready: Boolean(summary), fits, problems,
             purchaseModel: purchaseModel(), prediction,
             settings: { horizon: c.slice().horizon, margin: c.slice().margin, discount_rate: c.slice().discount_rate } };
  }

  return {
    purchaseModel,
    render: () => c.views.fit.render(state(), c.fmt()),
    fit: () => run(c, 'fitting', fitNow),
    predict: (settings) => { c.setSlice(settings); return run(c, 'predicting', predictNow); },
    downloadTiers: () => {
      if (!c.model.prediction?.ok) return;
      download(c.doc, `tiers-${purchaseModel()}.csv`, segmentsCsv(tierRows()));
    },
    openWorkbench: () => { if (c.model.prediction?.ok) openInWorkbench(c.store, tierRows()); },
    download: () => run(c, 'saving', async (signal) => {
      const summary = fittedSummary(c);
      if (!summary || !c.model.prediction?.ok) return;
      const name = `predictions-${purchaseModel()}.csv`;
      if (!summary.dataset) return download(c.doc, name, predictionCsv(summary, c.model.prediction));
      const blob = await c.engine.predictionsCsv(c.model.dataset, { signal });
      if (blob) download(c.doc, name, blob);
      else c.notify.toast(t('data_fit', 'csv_gone'));
    }),
  };
}
