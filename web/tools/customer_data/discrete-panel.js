// The discrete-period card's loop (BG/BB): a table of histories (frequency, recency, periods,
// count) pasted, read from a file, or the published donations example, fitted by the core in
// the engine's Worker with progress and Cancel, then each history's P(alive) and the
// transactions expected in the next opportunities (predict). A bad table gets the core's
// problems naming the column and row; the last good answer stays on screen.
import { t } from '../../i18n/i18n.js';
import { dataProblemText } from './views/problems.js';
import { DONATIONS_1995, readDiscreteTable, bgBbFitRequest, bgBbPredictRequest, typedNumber } from './model-data.js';

// The core names the columns customers.<column>; this card calls its rows histories.
const asHistory = (p) => ({ ...p, field: String(p.field).replace(/(^|\.)customers(\.|$|\[)/, '$1histories$2') });

export function createDiscretePanel(c, run) {
  const local = { text: '', horizon: '5', shown: null, problems: [] };
  const say = (response) => response.problems.map((p) => dataProblemText(asHistory(p), c.fmt()));

  async function fitNow(signal, progress) {
    const read = readDiscreteTable(local.text);
    if (read.empty || read.missing) {
      const word = read.empty ? 'histories_empty' : 'histories_missing';
      local.problems = [`${t('data_field', 'histories')}${t('data', 'field_separator')}${t('data_models', word, { column: t('data_field', `histories.${read.missing}`) })}`];
      c.render();
      return;
    }
    progress('fitting');
    const fit = await c.engine.evaluate(bgBbFitRequest(read.customers), { signal });
    if (!fit.ok) { local.problems = say(fit); c.render(); return; }
    progress('predicting');
    const prediction = await c.engine.evaluate(bgBbPredictRequest(read.customers, fit.result.params, typedNumber(local.horizon)), { signal });
    local.problems = prediction.ok ? [] : say(prediction);
    local.shown = { fit, prediction: prediction.ok ? prediction : null, customers: read.customers };
    c.render();
  }

  const fit = (settings) => { Object.assign(local, settings); return run(c, 'fitting', fitNow); };
  return {
    render: () => c.views.discrete.render({ text: local.text, horizon: local.horizon, shown: local.shown, problems: local.problems }, c.fmt()),
    fit,
    example: () => fit({ text: DONATIONS_1995, horizon: '5' }),
    // A file's text into the box (a table of histories is small: read whole).
    readFile: async (file) => { local.text = await file.text(); c.render(); },
  };
}
