// The Validation card's loop: after a purchase model (BG/NBD, Pareto/NBD) is fitted to a
// transaction summary with a calibration / holdout split, the core holds it against the holdout
// (validate_model) in the engine's Worker; the view only draws the core's columns. Without a
// holdout the card says how to set one.
import { validateRequest } from './requests.js';
import { heldResponse } from './fit-panel.js';
import { dataProblemText } from './views/problems.js';

export const VALIDATED_MODELS = ['bg_nbd', 'pareto_nbd'];

// The summary with a holdout the fit was made on, or null (a brought summary has none).
function splitSummary(c) {
  if (c.slice().source !== 'transactions') return null;
  const result = c.model.summary?.result;
  return result?.holdout ? result : null;
}

export function createValidationPanel(c) {
  // The purchase model fitted last, if it can be validated.
  const fitted = (model) => (VALIDATED_MODELS.includes(model) && c.model.fits[model]?.ok ? c.model.fits[model] : null);

  async function validateNow(model, signal, progress) {
    const fit = fitted(model);
    const summary = splitSummary(c);
    if (!fit || !summary) return;
    progress('validating');
    // A big file's summary is kept in the engine with its holdout and tracking.
    const response = c.model.dataset
      ? await heldResponse(c, 'validateDataset', { version: 1, calculation: 'validate_model', inputs: { model, params: fit.result.params } }, signal, progress)
      : await c.engine.evaluate(validateRequest(model, fit.result.params, summary), { signal });
    c.model.validation = { fit, response };
    c.render();
  }

  function state(model) {
    const fit = fitted(model);
    if (!fit) return { status: 'hidden' };
    const summary = splitSummary(c);
    if (!summary) return { status: 'no_holdout', source: c.slice().source };
    const v = c.model.validation;
    if (!v || v.fit !== fit) return { status: 'hidden' };
    if (!v.response.ok) return { status: 'problems', problems: v.response.problems.map((p) => dataProblemText(p, c.fmt())) };
    return { status: 'ready', model, response: v.response, timeUnit: summary.conventions.time_unit,
             calibrationEnd: summary.conventions.calibration_end };
  }

  return { validateNow, render: (model) => c.views.validation?.render(state(model), c.fmt()) };
}
