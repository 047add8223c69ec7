// The contractual-retention card's loop: a survivor curve typed or pasted (or the published
// example) is fitted by the core's sBG in the engine's Worker, with progress and Cancel; the
// core also projects the curve and the retention rates beyond the data. A bad curve gets the
// core's problems in words, and the last good fit stays on screen.
import { t } from '../../i18n/i18n.js';
import { dataProblemText } from './views/problems.js';
import { REGULAR_SURVIVORS, readSurvivors, sbgRequest, typedNumber } from './model-data.js';

export function createRetentionPanel(c, run) {
  const local = { text: '', projection: '5', shown: null, problems: [] };

  async function fitNow(signal, progress) {
    const read = readSurvivors(local.text);
    if (read.empty) {
      local.problems = [`${t('data_field', 'survivors')}${t('data', 'field_separator')}${t('data_models', 'survivors_empty')}`];
      c.render();
      return;
    }
    progress('fitting');
    const response = await c.engine.evaluate(sbgRequest(read.survivors, typedNumber(local.projection)), { signal });
    local.problems = response.ok ? [] : response.problems.map((p) => dataProblemText(p, c.fmt()));
    if (response.ok) local.shown = { response, survivors: read.survivors };
    c.render();
  }

  const fit = (settings) => { Object.assign(local, settings); return run(c, 'fitting', fitNow); };
  return {
    render: () => c.views.retention.render({ text: local.text, projection: local.projection, shown: local.shown, problems: local.problems }, c.fmt()),
    fit,
    example: () => fit({ text: REGULAR_SURVIVORS, projection: '5' }),
  };
}
