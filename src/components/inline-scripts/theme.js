// The theme, before the first paint: see ../ThemeScript.astro for why this runs inline and blocking.
(() => {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const storageKey = 'hw:theme';
  const choices = ['auto', 'light', 'dark'];
  const toggleSelector = '[data-testid=theme-toggle]';

  const storedChoice = () => {
    try {
      const value = localStorage.getItem(storageKey);
      return choices.includes(value) ? value : 'auto';
    } catch {
      return 'auto'; // storage refused (private mode, blocked cookies)
    }
  };

  const apply = () => {
    const choice = storedChoice();
    root.dataset.themeChoice = choice;
    root.dataset.theme = choice === 'auto' ? (systemDark.matches ? 'dark' : 'light') : choice;
    for (const toggle of document.querySelectorAll(toggleSelector)) {
      toggle.dataset.themeChoice = choice;
      toggle.ariaLabel = toggle.dataset['label' + choice];
    }
  };

  apply();
  systemDark.onchange = apply;
  // Another tab changed the choice; the toggles exist once the document is parsed.
  for (const event of ['storage', 'DOMContentLoaded']) addEventListener(event, apply);
  addEventListener('click', (event) => {
    if (!event.target.closest(toggleSelector)) return;
    const next = choices[(choices.indexOf(storedChoice()) + 1) % choices.length];
    try {
      if (next === 'auto') localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, next);
    } catch {
      // Storage refused: there is nowhere to keep the choice, so the theme stays as it was.
    }
    apply();
  });
})();
