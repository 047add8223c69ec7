// On a phone the answer card comes after the whole form. While its headline is out of view, a
// bar at the bottom of the screen repeats the answer, exactly as the card shows it, and a tap
// brings the card into view. Wide screens never show it (styles.css): the card sits beside the form.
export function createAnswerBar(bar, headline) {
  const label = bar.querySelector('.answer-bar-label');
  const value = bar.querySelector('.answer-bar-value');
  let headlineInView = true;
  let hasAnswer = false;
  const sync = () => { bar.hidden = headlineInView || !hasAnswer; };

  new IntersectionObserver((entries) => {
    headlineInView = entries[entries.length - 1].isIntersecting;
    sync();
  }).observe(headline);
  bar.addEventListener('click', () => headline.scrollIntoView({ behavior: 'smooth', block: 'center' }));

  // The card's own texts; `stale` when they are the last good answer.
  function show({ labelText, valueText, stale }) {
    label.textContent = labelText;
    value.textContent = valueText;
    bar.classList.toggle('is-stale', stale);
    hasAnswer = true;
    sync();
  }
  return { show };
}
