// The URL hash: what a share link carries. Versioned and readable:
//   #v=2&tool=calculator&lang=en&cur=USD&per=year&<the tool's own parameters>
// A link from before tools existed (no v, e.g. #calc=retention_clv&lang=en&in.margin_per_period=100)
// is version 1 and opens the calculator exactly as it did. Each tool encodes and decodes its own
// parameters (tools/<tool>/codec.js); unknown or malformed parts are ignored and listed, so the
// page can say what it left out.
import { LANGUAGES, CURRENCIES, PERIODS, pick } from '../settings.js';

export const HASH_VERSION = 2;

// `tools`: {id: {codec: {encode(slice, state) -> [[key, value]], decode(params, slice, ignored) -> slice}}}
export function encodeHash(state, tools) {
  const params = new URLSearchParams({ v: String(HASH_VERSION), tool: state.tool,
                                       lang: state.lang, cur: state.currency, per: state.period });
  for (const [key, value] of tools[state.tool].codec.encode(state[state.tool], state)) params.append(key, value);
  return `#${params}`;
}

const SETTINGS = { lang: LANGUAGES, cur: CURRENCIES, per: PERIODS };
const STATE_KEY = { lang: 'lang', cur: 'currency', per: 'period' };

// {state, ignored: ['key=value', ...]}: the hash applied onto `base`. A hash naming no tool state
// (empty, or only settings nobody can read) gives back `base` itself.
export function decodeHash(hash, base, tools) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const ignored = [];
  if ([...params.keys()].length === 0) return { state: base, ignored };
  // No v: a link from before tools existed, unless it names a tool (typed by hand, as DESIGN.md
  // writes them: #tool=workbench).
  const version = params.get('v') ?? (params.has('tool') ? String(HASH_VERSION) : '1');
  params.delete('v');
  if (version !== '1' && version !== String(HASH_VERSION)) {
    return { state: base, ignored: [`v=${version}`] };
  }
  let state = { ...base };
  const toolId = version === '1' ? 'calculator' : params.get('tool') ?? 'calculator';
  params.delete('tool');
  const tool = Object.hasOwn(tools, toolId) ? tools[toolId] : null;
  if (!tool?.enabled) ignored.push(`tool=${toolId}`);
  for (const [key, allowed] of Object.entries(SETTINGS)) {
    if (!params.has(key)) continue;
    const value = params.get(key);
    if (allowed.includes(value)) state[STATE_KEY[key]] = value;
    else ignored.push(`${key}=${value}`);
    params.delete(key);
  }
  const target = tool?.enabled ? toolId : 'calculator';
  state.tool = target;
  if (tool?.enabled) state[target] = tool.codec.decode(params, base[target], ignored);
  else for (const [key, value] of params) ignored.push(`${key}=${value}`);
  return { state, ignored };
}

export { pick };
