// What the Node tests of the page's modules share: the catalogues, the core's description (from
// the native CLI) and the page's descriptors built from it, and a small fake DOM for the modules
// that build nodes (enough for createElement, text, classes, children and attributes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeEngine, evaluateNative } from '../node/wasm_engine.mjs';
import { describeCalculations } from '../../web/tools/calculator/descriptors.js';
import { useDictionary } from '../../web/i18n/i18n.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const catalogue = (lang) => JSON.parse(readFileSync(path.join(repoRoot, 'web', 'i18n', `${lang}.json`), 'utf8'));
export const described = describeEngine();
export const calcs = describeCalculations(described);
export const evaluate = (request) => JSON.parse(evaluateNative(JSON.stringify(request)));

export function useLanguage(lang) {
  useDictionary(lang, catalogue(lang));
}

class FakeNode {
  constructor(tag, text) {
    this.tagName = tag?.toUpperCase();
    this.childNodes = [];
    this.attributes = {};
    this.className = '';
    this.dataset = {};
    this.style = { setProperty() {} };
    if (text !== undefined) this.text = String(text);
  }
  append(...nodes) {
    for (const n of nodes) this.childNodes.push(typeof n === 'string' ? new FakeNode(undefined, n) : n);
  }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  get textContent() { return this.text ?? this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(v) { this.childNodes = []; this.text = String(v); }
  // Every element below this one with the class.
  byClass(name) {
    const out = [];
    for (const c of this.childNodes) {
      if (c.className?.split(' ').includes(name)) out.push(c);
      if (c.childNodes) out.push(...c.byClass(name));
    }
    return out;
  }
}

// Installs a fake `document` with createElement and createTextNode on globalThis.
export function installFakeDocument() {
  globalThis.document = {
    createElement: (tag) => new FakeNode(tag),
    createElementNS: (ns, tag) => new FakeNode(tag),
    createTextNode: (text) => new FakeNode(undefined, text),
  };
  return globalThis.document;
}
