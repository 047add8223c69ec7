// Scenarios as the core takes them, and its problems back onto the editor. Pure
// (tests/web/workbench_views.test.mjs). A scenario is a row of texts: its name and, under a
// dashboard field's name, that field's new value as typed ({name: 'Better retention',
// retention_rate: '80%'}); the texts are read as the dashboard's form reads them.
import { fieldValue } from '../calculator/request.js';
import { unitEconomicsRequest } from './answer.js';

// The demo's two scenarios, named in the page's language.
const DEMO_NAMES = { en: ['Better retention', 'Cheaper advertising'], 'zh-CN': ['保留率提升', '广告降本'] };
export const demoScenarios = (lang) => {
  const [a, b] = DEMO_NAMES[lang] ?? DEMO_NAMES.en;
  return [{ name: a, retention_rate: '80%' }, { name: b, 'acquisition_spend.advertising': '90000' }];
};
export const scenarioRows = (slice, lang) => slice.tables.scenarios ?? demoScenarios(lang);

// The dashboard fields a scenario may change (numbers and lists; not the form's own choices).
export const changeableFields = (ueCalc) => ueCalc.fields.filter((f) => !f.ui && f.kind !== 'choice');

function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys[keys.length - 1]] = value;
}

// One row as a variant: the trimmed name (left out when blank, so the core says it is
// needed), each change read as its field reads text (bad text sent as typed, a blank change
// left out: the base's value stays).
export function variantOf(row, fields) {
  const out = {};
  if ((row.name ?? '').trim() !== '') out.name = row.name.trim();
  for (const [name, text] of Object.entries(row)) {
    const field = fields.get(name);
    if (!field) continue;
    const value = fieldValue(field, text);
    if (value !== undefined) setPath(out, name, value);
  }
  return out;
}

export function scenariosRequest(state, calcs) {
  const fields = new Map(changeableFields(calcs.byForm.ue).map((f) => [f.name, f]));
  const variants = scenarioRows(state.workbench, state.lang).map((row) => variantOf(row, fields));
  return { version: 1, calculation: 'scenarios', inputs: { base: unitEconomicsRequest(state, calcs).inputs, variants } };
}

// "inputs.variants[1].acquisition_spend.advertising" -> {scenario: 1, field: 'acquisition_spend.advertising'};
// {scenario, field: null} for the whole variant; {base: true} for the dashboard's; else {}.
export function placeOf(path) {
  const text = String(path ?? '');
  if (/^inputs\.base(\.|$)/.test(text)) return { base: true };
  const m = /^inputs\.variants\[(\d+)\](?:\.(.+))?$/.exec(text);
  return m ? { scenario: Number(m[1]), field: m[2] ?? null } : {};
}
