// Carries the reader's place (#step, ?seed=) to the other language: see ../LangSwitch.astro.
// Written for any browser that runs a page at all, hence `var` and no arrow functions.
(function (a) {
  var keep = function () {
    var to = new URL(a.getAttribute('href'), location.href);
    var seed = new URLSearchParams(location.search).get('seed');
    if (seed !== null) to.searchParams.set('seed', seed);
    to.hash = location.hash;
    a.href = to.href;
  };
  ['pointerenter', 'focus', 'click', 'auxclick', 'contextmenu'].forEach(function (type) { a.addEventListener(type, keep); });
})(document.currentScript.previousElementSibling);
