// Status messages: a short-lived toast (link copied, file opened) and the screen-reader live
// region, which hears the answer once typing pauses rather than at every keystroke.
export function createNotify(toastNode, liveNode) {
  let toastTimer = 0;
  function toast(text) {
    toastNode.textContent = text;
    toastNode.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastNode.hidden = true; }, 3500);
  }

  // One timer, re-armed only when it fires early: cheaper than clearTimeout per keystroke.
  let timer = 0;
  let text = '';
  let at = 0;
  function announce(next) {
    text = next;
    at = performance.now();
    if (timer) return;
    const speak = () => {
      const wait = at + 800 - performance.now();
      if (wait > 0) { timer = setTimeout(speak, wait); return; }
      timer = 0;
      liveNode.textContent = text;
    };
    timer = setTimeout(speak, 800);
  }

  return { toast, announce };
}
