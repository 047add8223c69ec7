// The workbench's saved file, and reading one back (pure: tests/web/workbench_codec.test.mjs).
//   file: {format: 'clvcalc-workbench', version: 1, saved_at, settings: {lang, currency, period},
//          workbench: the slice as typed, answers: {part: {request, response}}}
// The slice is what reopens the dashboard; the requests and answers are there for the reader
// (and the CLI: each request runs as it is).
import { LANGUAGES, CURRENCIES, PERIODS, pick } from '../../app/settings.js';
import { restore, persisted } from './codec.js';

export const FILE_FORMAT = 'clvcalc-workbench';

export function exportDocument(state, answers) {
  return {
    format: FILE_FORMAT, version: 1, saved_at: new Date().toISOString(),
    settings: { lang: state.lang, currency: state.currency, period: state.period },
    workbench: persisted(state.workbench),
    answers,
  };
}

// The state a saved file opens. Throws Error('not_json' | 'not_workbench').
export function importDocument(text, state) {
  let doc;
  try { doc = JSON.parse(text); } catch { throw new Error('not_json'); }
  if (!doc || typeof doc !== 'object' || doc.format !== FILE_FORMAT || doc.version !== 1) throw new Error('not_workbench');
  const settings = doc.settings && typeof doc.settings === 'object' ? doc.settings : {};
  return { ...state, tool: 'workbench', workbench: restore(doc.workbench),
           lang: pick(settings.lang, LANGUAGES, state.lang), currency: pick(settings.currency, CURRENCIES, state.currency),
           period: pick(settings.period, PERIODS, state.period) };
}
