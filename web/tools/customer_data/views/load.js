// "Your data": a file dropped on the page or picked, the built-in CDNOW sample in one click, the
// file now open, and the files this browser keeps (reopen or forget each).
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { sizeText } from '../files.js';

// handlers: {onFile(file), onSample(kind), onOpen(id), onForget(id), onSource(source)}
export function createLoad(root, handlers) {
  const picker = h('input', { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/plain', dataset: { testid: 'data-file' } });
  const pickLabel = h('label.button.file-button', [h('span', { dataset: { words: 'pick_file' } }), picker]);
  const sample = h('button.button', { type: 'button', dataset: { testid: 'data-sample', words: 'open_sample' } });
  const sampleSummary = h('button.button', { type: 'button', dataset: { testid: 'data-sample-summary', words: 'open_sample_summary' } });
  const zone = h('div.drop-zone', { dataset: { testid: 'data-drop' } }, [
    h('p.drop-text', { dataset: { words: 'drop_here' } }), h('div.drop-buttons', [pickLabel, sample, sampleSummary])]);
  const sources = h('div.segmented', { attrs: { role: 'group' } }, ['transactions', 'summary'].map((source) =>
    h('button', { type: 'button', dataset: { testid: `data-source-${source}`, source, words: `source_${source}` },
                  onclick: () => handlers.onSource(source) })));
  const sourceNote = h('p.hint', { dataset: { testid: 'data-source-note' } });
  const current = h('p.dataset-line', { dataset: { testid: 'data-current' }, hidden: true });
  const kept = h('ul.kept-list', { dataset: { testid: 'data-kept' } });
  const keptWrap = h('details.kept', { hidden: true }, [h('summary', { dataset: { words: 'kept_title' } }), kept]);
  root.append(h('div.card-head', [h('h2.card-title', { dataset: { words: 'your_data' } }), sources]), sourceNote, zone, current, keptWrap);

  picker.addEventListener('change', () => {
    if (picker.files[0]) handlers.onFile(picker.files[0]);
    picker.value = '';  // the same file picked again is a new load
  });
  sample.addEventListener('click', () => handlers.onSample('transactions'));
  sampleSummary.addEventListener('click', () => handlers.onSample('summary'));
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add('dragging'); });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files?.[0];
    if (file) handlers.onFile(file);
  });

  // state: {source, file: {name, size, decodedFrom} | null, kept: [{id, meta}], lang}
  function render({ source, file, kept: list, lang }) {
    for (const node of root.querySelectorAll('[data-words]')) node.textContent = t('data', node.dataset.words);
    for (const button of sources.children) button.setAttribute('aria-pressed', String(button.dataset.source === source));
    sourceNote.textContent = t('data', `source_${source}_note`);
    sample.hidden = source !== 'transactions';
    sampleSummary.hidden = source !== 'summary';
    current.hidden = !file || file.kind !== source;
    if (file) {
      const parts = [file.name, sizeText(file.size, lang === 'zh-CN' ? 'zh-CN' : 'en-US')];
      if (file.decodedFrom) parts.push(t('data', 'decoded_from', { encoding: file.decodedFrom.toUpperCase() }));
      current.textContent = `${t('data', 'open_now')} ${parts.join(' · ')}`;
    }
    keptWrap.hidden = list.length === 0;
    kept.replaceChildren(...list.map(({ id, meta }) => h('li', [
      h('span.kept-name', `${meta.name} · ${sizeText(meta.size, lang === 'zh-CN' ? 'zh-CN' : 'en-US')}`),
      h('button.button.small', { type: 'button', textContent: t('data', 'reopen'), dataset: { testid: `kept-open-${id}` },
                                 onclick: () => handlers.onOpen(id) }),
      h('button.button.small', { type: 'button', textContent: t('data', 'forget'), dataset: { testid: `kept-forget-${id}` },
                                 onclick: () => handlers.onForget(id) }),
    ])));
  }
  return { render };
}
