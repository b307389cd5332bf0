/* Small progressive enhancements; every page works without this file. */
(function () {
  "use strict";

  // "复制引用": copy the citation in one click (the text stays selectable without JavaScript).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source) return;
    var text = source.value || source.textContent;
    var done = function () {
      button.setAttribute("data-copied", "");
      setTimeout(function () { button.removeAttribute("data-copied"); }, 2500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { source.select(); document.execCommand("copy"); done(); });
    } else {
      source.focus();
      source.select();
      document.execCommand("copy");
      done();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    // On a phone the facets start folded, so the results come first.
    var facets = document.querySelector("details.facets");
    if (facets && window.matchMedia("(max-width: 760px)").matches) facets.removeAttribute("open");

    // Proposal page: scroll the article box so the highlighted passage is in view.
    var mark = document.querySelector(".article-body-scroll #passage");
    if (mark) {
      var box = mark.closest(".article-body-scroll");
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 48);
    }
  });
})();
