// Renders formula templates as plain HTML maths (sub/sup elements, stacked fractions), no
// MathJax. Template syntax, a small subset of TeX:
//   {name}        a quantity: its symbol, or in "numbers" mode its value from the step
//   {+}           all the step's values joined with " + " (sums of cost items)
//   _x ^x         one-character subscript / superscript;  _{...} ^{...} for longer ones
//   \frac{A}{B}   a stacked fraction
// Everything else is literal text (Unicode: × ÷ − Σ ≤ …). Nodes are built with
// createElement/textContent only.

function parse(src) {
  let i = 0;
  function group() {
    if (src[i] !== '{') return [{ text: src[i++] ?? '' }];  // single-character form
    i += 1;
    const nodes = seq(true);
    i += 1;  // closing brace
    return nodes;
  }
  function seq(inGroup) {
    const nodes = [];
    let text = '';
    const flush = () => { if (text) nodes.push({ text }); text = ''; };
    while (i < src.length) {
      const c = src[i];
      if (c === '}' && inGroup) break;
      if (src.startsWith('\\frac', i)) {
        flush(); i += 5;
        const num = group();
        nodes.push({ frac: [num, group()] });
      } else if (c === '_' || c === '^') {
        flush(); i += 1;
        nodes.push({ [c === '_' ? 'sub' : 'sup']: group() });
      } else if (c === '{') {
        const end = src.indexOf('}', i);
        const name = src.slice(i + 1, end);
        if (end > i && /^[\w.+]+$/.test(name)) {
          flush(); nodes.push({ name }); i = end + 1;
        } else { text += c; i += 1; }
      } else { text += c; i += 1; }
    }
    flush();
    return nodes;
  }
  return seq(false);
}

const cache = new Map();
const parsed = (src) => {
  if (!cache.has(src)) cache.set(src, parse(src));
  return cache.get(src);
};

function el(tag, className, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

// ctx: { symbol(name) -> template string, value(name) -> text | undefined, names: [..],
//        track(name, span) (optional: told of each number's node) }
function build(nodes, ctx) {
  const out = [];
  for (let k = 0; k < nodes.length; k += 1) {
    const node = nodes[k];
    const next = nodes[k + 1];
    if (node.sub && next?.sup) {  // Σ_{t=1}^{n}: limits stacked, upper above lower
      out.push(el('span', 'limits', [el('span', 'upper', build(next.sup, ctx)), el('span', 'lower', build(node.sub, ctx))]));
      k += 1;
    } else if (node.text !== undefined) out.push(document.createTextNode(node.text));
    else if (node.sub) out.push(el('sub', '', build(node.sub, ctx)));
    else if (node.sup) out.push(el('sup', '', build(node.sup, ctx)));
    else if (node.frac) {
      out.push(el('span', 'frac', [el('span', 'num', build(node.frac[0], ctx)),
                                   el('span', 'den', build(node.frac[1], ctx))]));
    } else if (node.name === '+') {
      ctx.names.forEach((name, k) => {
        if (k) out.push(document.createTextNode(' + '));
        out.push(...placeholder(name, ctx));
      });
    } else out.push(...placeholder(node.name, ctx));
  }
  return out;
}

function placeholder(name, ctx) {
  const value = ctx.value?.(name);
  if (value !== undefined) {
    const span = el('span', 'val', [value]);
    ctx.track?.(name, span);  // so the number can be updated in place (ui/steps.js)
    return [span];
  }
  // A symbol is itself a small template (e.g. "CF_{t}"); its own braces are not looked up again.
  const inner = { names: [], symbol: (n) => n.replace(/[_^{}\\]/g, ' ') };
  const symbol = ctx.symbol(name);
  // Multi-letter names (CAC, CLV) are set upright; single letters in italic.
  const word = /^[^_^{]{2,}/.test(symbol) && !/^\\/.test(symbol);
  return [el('var', word ? 'word' : '', build(parsed(symbol), inner))];
}

// DOM nodes for `template` in the given context.
export function renderFormula(template, ctx) {
  return build(parsed(template), ctx);
}

// The quantity names a template mentions, in order ({+} expands to ctx.names).
export function namesIn(template, names = []) {
  const out = [];
  const walk = (nodes) => nodes.forEach((n) => {
    if (n.name === '+') out.push(...names);
    else if (n.name) out.push(n.name);
    n.sub && walk(n.sub); n.sup && walk(n.sup); n.frac && n.frac.forEach(walk);
  });
  walk(parsed(template));
  return [...new Set(out)];
}
