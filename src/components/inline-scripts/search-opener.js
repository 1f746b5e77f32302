// Search loads nothing until its button is first pressed: see ../Search.astro.
(() => {
  const opener = document.currentScript.previousElementSibling;
  let dialogModule;
  opener.hidden = false;
  opener.addEventListener('click', () => {
    // The dialog's URL is the page's (data-module): nothing for a bundler to resolve here.
    dialogModule ??= import(/* @vite-ignore */ opener.dataset.module);
    dialogModule.then((search) => search.openSearch(opener), () => { dialogModule = undefined; });
  });
})();
