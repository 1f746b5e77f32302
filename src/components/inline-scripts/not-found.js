// The one 404 page speaks the language of the path it was served for: see ../../pages/404.astro.
(() => {
  const chinese = JSON.parse(document.getElementById('zh-404').textContent);
  const inChinese = location.pathname.startsWith(chinese.zhPrefix);
  for (const section of document.querySelectorAll('[data-lang]')) section.hidden = section.dataset.lang !== (inChinese ? 'zh' : 'en');
  if (inChinese) {
    document.documentElement.lang = 'zh-CN';
    document.title = chinese.title;
    const home = document.querySelector('[data-testid=home-link]');
    home.href = chinese.home;
    home.lastElementChild.textContent = chinese.siteTitle;
    const languageSwitch = document.querySelector('[data-testid=lang-switch]');
    languageSwitch.href = chinese.switchHref;
    languageSwitch.hreflang = languageSwitch.lang = 'en';
    languageSwitch.textContent = chinese.switchText;
    languageSwitch.title = chinese.switchTitle;
    document.querySelector('.skip-link').textContent = chinese.skip;
    const themeToggle = document.querySelector('[data-testid=theme-toggle]');
    themeToggle.title = chinese.themeTitle;
    Object.assign(themeToggle.dataset, chinese.themeLabels);
    const search = (key) => chinese.search[`search.${key}`];
    document.querySelector('[data-testid=search-open]').lastElementChild.textContent = search('open');
    const dialog = document.getElementById('search');
    for (const key of ['loading', 'none', 'one', 'many', 'failed']) dialog.dataset[key] = search(key);
    dialog.querySelector('h2').textContent = search('title');
    dialog.querySelector('label').textContent = search('label');
    dialog.querySelector('[data-close]').ariaLabel = search('close');
    dialog.querySelector('ol').ariaLabel = search('results');
  }
})();
