/* Small progressive enhancements; every page works without this file. */
(function () {
  "use strict";

  // "复制引用": copy the citation (the text stays selectable without JavaScript). A <button>, so
  // Enter and Space work too; the button and a polite live region say 已复制 for every reader.
  function copyText(source) {
    var text = source.value || source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(source); });
    }
    return legacyCopy(source);
  }

  function legacyCopy(source) {
    source.focus();
    source.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source) return;
    var status = document.querySelector(button.getAttribute("data-copy-status"));
    if (!button.hasAttribute("data-label")) button.setAttribute("data-label", button.textContent);
    var say = function (buttonText, statusText, copied) {
      button.textContent = buttonText;
      if (copied) button.setAttribute("data-copied", ""); else button.removeAttribute("data-copied");
      if (status) status.textContent = statusText;
      clearTimeout(button.copyTimer);
      button.copyTimer = setTimeout(function () {
        button.textContent = button.getAttribute("data-label");
        button.removeAttribute("data-copied");
        if (status) status.textContent = "";
      }, 4000);
    };
    copyText(source).then(
      function () { button.focus(); say("已复制", "已复制引用到剪贴板", true); },
      function () { source.select(); say(button.getAttribute("data-label"), "无法自动复制，请按 Ctrl+C 复制已选中的引用", false); }
    );
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
