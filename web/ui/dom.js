// The page's one DOM helper. User text reaches the DOM through textContent only, never innerHTML.
//   h('p', {className: 'note', textContent: 'Hi'}, [child, 'text'])
//   h('p.note', 'Hi')                  a class after the dot, a string child
// `props` are element properties, except `dataset` (merged) and `attrs` (set as attributes).
export function h(tag, props, children) {
  if (typeof props === 'string' || Array.isArray(props) || props instanceof Node) {
    children = props;
    props = {};
  }
  const [name, ...classes] = tag.split('.');
  const node = document.createElement(name);
  if (classes.length) node.className = classes.join(' ');
  const { dataset, attrs, ...rest } = props ?? {};
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, v);
  if (children !== undefined) node.append(...(Array.isArray(children) ? children : [children]));
  return node;
}

// The element of `root` with this data-testid.
export const byTestId = (root, id) => root.querySelector(`[data-testid="${id}"]`);

// Sets a node's text only when it changed (a write, even of the same text, costs a style pass).
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

// Keeps `parent`'s children in step with `items` by key: a child whose key is still there is
// updated in place (update(node, item)), new keys are created (create(item)), gone ones removed.
// So a keystroke moves numbers, not DOM: no card is rebuilt from scratch.
export function syncChildren(parent, items, key, create, update) {
  const existing = new Map();
  for (const child of parent.children) existing.set(child.dataset.key, child);
  let at = parent.firstElementChild;
  for (const item of items) {
    const k = String(key(item));
    let node = existing.get(k);
    if (node) {
      existing.delete(k);
      update(node, item);
    } else {
      node = create(item);
      node.dataset.key = k;
      update?.(node, item, true);
    }
    if (node !== at) parent.insertBefore(node, at);
    else at = at.nextElementSibling;
  }
  for (const stale of existing.values()) stale.remove();
}
