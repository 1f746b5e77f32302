// Search loads nothing until its button is first pressed: see ../Search.astro.
(() => {
  const opener = document.currentScript.previousElementSibling;
  let dialogModule;
  opener.hidden = false;
  opener.addEventListener('click', () => {
    dialogModule ??= import(opener.dataset.module);
    dialogModule.then((search) => search.openSearch(opener), () => { dialogModule = undefined; });
  });
})();
