// Which tool is on screen: the one the state names. A tool's modules load, and it mounts,
// when it is first opened; the others' roots ([data-tool]) are hidden. Switching back to a tool
// shows it as it was.
export function startRouter(doc, store, tools, context) {
  const mounted = new Map();  // tool id -> promise of its mount

  function show(id) {
    if (doc.documentElement) doc.documentElement.dataset.openTool = id;  // for styles of one tool's page (the calculator's answer bar)
    for (const root of doc.querySelectorAll('[data-tool]')) {
      if (!root.closest('.prerender')) root.hidden = root.dataset.tool !== id;
    }
  }

  function open(id) {
    const tool = Object.hasOwn(tools, id) && tools[id].enabled ? tools[id] : tools.calculator;
    if (!mounted.has(tool.id)) mounted.set(tool.id, tool.load().then((module) => module.mount(context)));
    show(tool.id);
    return mounted.get(tool.id);
  }

  store.watch((s) => s.tool, (id) => open(id));
  return { opened: open(store.get().tool) };
}
