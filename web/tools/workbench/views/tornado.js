// A tornado chart: one bar per input, ranked as the core ranked them, from the outcome at the
// input's low value to the outcome at its high value, around a line at the base outcome. Drawn
// with plain elements (it prints and reads without a canvas); the positions are only the
// numbers the core gave, scaled to the track.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../../ui/dom.js';

// The scale's ends: every bar's ends and the base, with a little room.
export function scaleOf(bars, base) {
  const values = [base, ...bars.flatMap((b) => [b.low, b.high])].filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!values.length) return { min: 0, max: 1 };
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) { min -= 1; max += 1; }
  return { min, max };
}

const at = (scale, v) => ((v - scale.min) / (scale.max - scale.min)) * 100;

function place(bar, scale, from, to) {
  const ok = typeof to === 'number' && Number.isFinite(to);
  bar.hidden = !ok;
  if (!ok) return;
  const a = at(scale, Math.min(from, to));
  const b = at(scale, Math.max(from, to));
  bar.style.left = `${a}%`;
  bar.style.width = `${Math.max(b - a, 0.4)}%`;
}

// root: an element to fill; render({bars: [{key, label, low, high, lowInput, highInput}], base, unit, fmt})
export function createTornado(root, testid) {
  const list = h('ul.wb-bars.wb-tornado', { dataset: { testid } });
  const legend = h('p.wb-legend');
  root.replaceChildren(list, legend);
  function render({ bars, base, unit, fmt, change }) {
    const scale = scaleOf(bars, base);
    syncChildren(list, bars, (b) => `${language()}|${b.key}`,
      (b) => h('li', { dataset: { input: b.key } }, [h('span.wb-bar-label', b.label),
        h('span.wb-bar-track', [h('span.axis'), h('span.wb-bar.low'), h('span.wb-bar.high')]), h('span.wb-bar-value')]),
      (li, b) => {
        const track = li.children[1];
        track.firstElementChild.style.left = `${at(scale, base)}%`;
        place(track.children[1], scale, base, b.low);
        place(track.children[2], scale, base, b.high);
        setText(li.lastElementChild, `${fmt.value(unit, b.low)} … ${fmt.value(unit, b.high)}`);
        li.title = t('wb', 'tornado_bar', { low: fmt.value(unit, b.low), high: fmt.value(unit, b.high) });
      });
    setText(legend, t('wb', 'tornado_legend', { base: fmt.value(unit, base), change: fmt.share(change) }));
  }
  return { render };
}
