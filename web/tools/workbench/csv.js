// The dashboard as one CSV file: the settings, then for each part on screen its inputs as sent
// and every number of its answer (nested results flattened to dotted paths, list rows indexed),
// at the core's full precision. Pure (tests/web/workbench_codec.test.mjs).
import { toCsv } from './files.js';

// [path, value] of every number, word and text in `value`; steps are left out (they are the
// worked solution, not results).
export function flatten(value, path = '', out = []) {
  if (value === null || typeof value !== 'object') {
    out.push([path, value]);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'steps') continue;
    flatten(inner, path ? (Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`) : key, out);
  }
  return out;
}

// answers: {part: {request, response}} (null parts skipped).
export function dashboardCsv(settings, client, answers) {
  const rows = [['section', 'part', 'name', 'value']];
  rows.push(['setting', '', 'client', client]);
  for (const [k, v] of Object.entries(settings)) rows.push(['setting', '', k, v]);
  for (const [part, answer] of Object.entries(answers)) {
    if (!answer) continue;
    rows.push(['calculation', part, 'calculation', answer.request.calculation]);
    for (const [name, v] of flatten(answer.request.inputs)) rows.push(['input', part, name, v]);
    if (!answer.response.ok) {
      for (const p of answer.response.problems) rows.push(['problem', part, p.field, p.code]);
      continue;
    }
    for (const [name, v] of flatten(answer.response.result)) rows.push(['result', part, name, v]);
    for (const w of answer.response.warnings) rows.push(['warning', part, w.code, '']);
  }
  return toCsv(rows);
}
