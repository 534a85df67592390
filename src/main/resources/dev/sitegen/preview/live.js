/*
 * The preview's live reload: added by the preview server to the pages it serves, never
 * written into the site. It listens to the server's event stream; when the site being
 * served is newer than this page it reloads at the same scroll position, and while the
 * last build failed it lists the build's problems over the page.
 */
(function () {
  "use strict";
  var mine = new URL(document.currentScript.src).searchParams.get("site");
  var key = "sitegen-preview-scroll:" + location.pathname;

  var saved = null;
  try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) {}
  if (saved !== null) {
    var y = Number(saved);
    if ("scrollRestoration" in history) history.scrollRestoration = "manual";
    var restore = function () { window.scrollTo({ top: y, behavior: "instant" }); }; // not the site's smooth scrolling
    restore();
    window.addEventListener("load", restore);
  }

  function reload() {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
    location.reload();
  }

  var overlay = null;

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show(problems) {
    hide();
    overlay = element("section", "sitegen-preview-overlay");
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-label", "Build problems");
    var title = element("p", "sitegen-preview-title", "The build failed with " + problems.length
        + (problems.length === 1 ? " problem" : " problems") + ". This page is the last one that built.");
    var close = element("button", "sitegen-preview-close", "Hide");
    close.type = "button";
    close.addEventListener("click", hide);
    title.appendChild(close);
    overlay.appendChild(title);
    var list = element("ol", "sitegen-preview-problems");
    problems.forEach(function (p) {
      var item = element("li", "sitegen-preview-problem");
      var head = element("p", "sitegen-preview-head");
      if (p.where) head.appendChild(element("code", "sitegen-preview-where", p.where));
      head.appendChild(element("span", "sitegen-preview-severity sitegen-preview-" + p.severity, p.severity));
      head.appendChild(element("span", "sitegen-preview-message", p.message));
      item.appendChild(head);
      if (p.detail) item.appendChild(element("pre", "sitegen-preview-detail", p.detail));
      if (p.hint) item.appendChild(element("p", "sitegen-preview-hint", "hint: " + p.hint));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/_sitegen/events");
  events.addEventListener("build", function (message) {
    var state = JSON.parse(message.data);
    if (state.site !== mine) {
      reload();
    } else if (state.problems.length > 0) {
      show(state.problems);
    } else {
      hide();
    }
  });
})();
