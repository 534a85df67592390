/* sitegen theme: copy buttons, the mobile menu, the theme switch and the
 * "On this page" highlight. Everything on the page works without it. */
(function () {
  "use strict";

  var root = document.documentElement;
  var THEME_KEY = "sitegen-theme";

  /* One polite live region announces what a button did. */
  var live;
  function createLiveRegion() {
    live = document.createElement("div");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    document.body.appendChild(live);
  }
  function announce(message) {
    if (!live) createLiveRegion();
    live.textContent = "";
    setTimeout(function () { live.textContent = message; }, 50);
  }

  /* Copy buttons ---------------------------------------------------------- */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.top = "0";
      area.style.left = "0";
      area.style.opacity = "0";
      var focused = document.activeElement;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (focused && focused.focus) focused.focus();
      if (ok) resolve(); else reject(new Error("copy failed"));
    });
  }

  function setUpCopyButtons() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest(".copy-button");
      if (!button) return;
      var box = button.closest(".example-source") || button.closest(".example");
      var code = box && box.querySelector("code");
      if (!code) return;
      var label = button.getAttribute("data-label") || button.getAttribute("aria-label") || "Copy code";
      button.setAttribute("data-label", label);
      copyText(code.textContent).then(function () {
        show(button, "Copied", "Copied to clipboard", true);
      }, function () {
        show(button, "Press Ctrl+C", "Copy failed: select the code and copy it by hand", false);
        selectContents(code);
      });
    });

    function show(button, text, message, copied) {
      clearTimeout(button._sitegenTimer);
      button.textContent = text;
      button.setAttribute("aria-label", message);
      button.classList.toggle("is-copied", copied);
      announce(message);
      button._sitegenTimer = setTimeout(function () {
        button.textContent = "Copy";
        button.setAttribute("aria-label", button.getAttribute("data-label"));
        button.classList.remove("is-copied");
      }, 2000);
    }

    function selectContents(node) {
      var range = document.createRange();
      range.selectNodeContents(node);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  /* Wide code, output and tables scroll; let the keyboard reach them. ---- */

  function makeScrollersFocusable() {
    var boxes = document.querySelectorAll(".content pre, .content table");
    function update() {
      for (var i = 0; i < boxes.length; i++) {
        var box = boxes[i];
        var scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight; // as axe measures it
        if (scrolls) box.setAttribute("tabindex", "0");
        else box.removeAttribute("tabindex");
      }
    }
    update();
    var timer;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 200);
    });
  }

  /* Standard error is marked in the gutter, left of its lines; where it starts in
   * the middle of a line (after a print without newline) the mark stays inline. */
  function markInlineStderr() {
    var spans = document.querySelectorAll(".output .err");
    for (var i = 0; i < spans.length; i++) {
      var before = spans[i].previousSibling;
      var text = before ? before.textContent : "";
      if (text && text.charAt(text.length - 1) !== "\n") spans[i].classList.add("err-inline");
    }
  }

  /* Mobile menu --------------------------------------------------------------- */

  function setUpNavToggle() {
    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById(toggle ? toggle.getAttribute("aria-controls") : "");
    if (!toggle || !nav) return;
    toggle.hidden = false;
    var narrow = window.matchMedia("(max-width: 50rem)");

    function setOpen(open, returnFocus) {
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("is-open", open);
      root.classList.toggle("nav-open", open);
      if (!open && returnFocus) toggle.focus();
    }

    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      setOpen(open, false);
      if (open) {
        var current = nav.querySelector("[aria-current=page]") || nav.querySelector("a");
        if (current && current.scrollIntoView) current.scrollIntoView({ block: "nearest" });
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) setOpen(false, true);
    });
    document.addEventListener("click", function (event) {
      if (!nav.classList.contains("is-open")) return;
      if (nav.contains(event.target) && !event.target.closest("a")) return;
      if (toggle.contains(event.target)) return;
      setOpen(false, false);
    });
    /* Closing when focus leaves the panel keeps keyboard users out of a hidden menu. */
    nav.addEventListener("focusout", function (event) {
      if (!narrow.matches || !nav.classList.contains("is-open")) return;
      var next = event.relatedTarget;
      if (next && !nav.contains(next) && next !== toggle) setOpen(false, false);
    });
    var onChange = function () { if (!narrow.matches) setOpen(false, false); };
    if (narrow.addEventListener) narrow.addEventListener("change", onChange);
    else if (narrow.addListener) narrow.addListener(onChange);
  }

  /* Theme switch ---------------------------------------------------------------- */

  function setUpThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    function current() {
      return root.dataset.theme || (system.matches ? "dark" : "light");
    }
    function label() {
      button.setAttribute("aria-label", current() === "dark" ? "Switch to light theme" : "Switch to dark theme");
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try {
        /* Choosing what the system already shows means: follow the system again. */
        if (next === (system.matches ? "dark" : "light")) localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, next);
      } catch (e) { /* storage may be off (private mode, file://): the choice lasts for this page */ }
      label();
      announce(next === "dark" ? "Dark theme" : "Light theme");
    });
    var onChange = function () {
      var stored = null;
      try { stored = localStorage.getItem(THEME_KEY); } catch (e) { stored = null; }
      if (!stored) delete root.dataset.theme;
      label();
    };
    if (system.addEventListener) system.addEventListener("change", onChange);
    else if (system.addListener) system.addListener(onChange);
  }

  /* "On this page": mark the section being read. ----------------------------- */

  function setUpTocHighlight() {
    var toc = document.querySelector(".toc");
    if (!toc || toc.hidden) return;
    var links = toc.querySelectorAll("a[href^='#']");
    var entries = [];
    for (var i = 0; i < links.length; i++) {
      var id = decodeURIComponent(links[i].getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) entries.push({ link: links[i], heading: heading });
    }
    if (!entries.length) return;
    var active = null;
    var scheduled = false;

    function update() {
      scheduled = false;
      if (getComputedStyle(toc).display === "none") return;
      var offset = parseFloat(getComputedStyle(root).scrollPaddingTop) || 80;
      var chosen = entries[0];
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].heading.getBoundingClientRect().top <= offset + 8) chosen = entries[i];
        else break;
      }
      var atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom) {
        /* At the very end, the last section that can be seen wins. */
        for (var j = entries.length - 1; j >= 0; j--) {
          if (entries[j].heading.getBoundingClientRect().top < window.innerHeight) { chosen = entries[j]; break; }
        }
      }
      if (chosen === active) return;
      if (active) active.link.removeAttribute("aria-current");
      chosen.link.setAttribute("aria-current", "location");
      active = chosen;
    }
    function schedule() {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(update);
      }
    }
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    update();
  }

  /* Print closed thread dumps too. -------------------------------------------------- */

  function setUpPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      var closed = document.querySelectorAll(".content details:not([open])");
      for (var i = 0; i < closed.length; i++) {
        closed[i].open = true;
        opened.push(closed[i]);
      }
    });
    window.addEventListener("afterprint", function () {
      while (opened.length) opened.pop().open = false;
    });
  }

  /*
   * Search: lunr builds the index from search-index.js, loaded as a script so that it
   * works from disk too, and only once the reader turns to the search box: a page that is
   * only read never downloads the index.
   */
  function setUpSearch() {
    var box = document.querySelector(".search");
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var self = document.querySelector('script[src$="assets/site.js"]');
    if (!box || !input || !list || !self) return;
    var base = self.getAttribute("src").replace(/assets\/site\.js$/, "");
    var docs = null, index = null, waiting = null;

    /* Loads lunr and the index once, then calls then(); a failed load leaves the box inert. */
    function load(then) {
      if (index) { then(); return; }
      if (waiting) { waiting.push(then); return; }
      waiting = [then];
      var pending = 2;
      ["assets/lunr.min.js", "search-index.js"].forEach(function (src) {
        var script = document.createElement("script");
        script.src = base + src;
        script.onload = function () {
          if (--pending > 0 || !window.lunr || !window.SITEGEN_SEARCH) return;
          build();
          var queued = waiting;
          waiting = null;
          queued.forEach(function (f) { f(); });
        };
        document.head.appendChild(script);
      });
    }
    function build() {
      var pages = window.SITEGEN_SEARCH.pages;
      docs = window.SITEGEN_SEARCH.sections.map(function (s) {
        return { url: pages[s[0]][0] + s[1], page: pages[s[0]][1], section: s[2], words: s[3] };
      });
      index = window.lunr(function () {
        this.ref("i");
        this.field("section", { boost: 5 });
        this.field("page", { boost: 3 });
        this.field("text");
        for (var i = 0; i < docs.length; i++) this.add({ i: i, page: docs[i].page, section: docs[i].section, text: docs[i].words });
      });
    }
    box.hidden = false;
    var active = -1;

    function terms(q) {
      return q.toLowerCase().split(/\s+/).map(function (t) { return t.replace(/[^\p{L}\p{N}_]/gu, ""); }).filter(Boolean);
    }
    function query(words) {
      var seen = {}, found = [];
      [words.map(function (t) { return "+" + t + "*"; }).join(" "), words.map(function (t) { return "+" + t; }).join(" ")].forEach(function (q) {
        var hits;
        try { hits = index.search(q); } catch (e) { hits = []; }
        hits.forEach(function (h) { if (!seen[h.ref]) { seen[h.ref] = true; found.push(h); } });
      });
      return found.slice(0, 8);
    }
    /* Appends text to el with every word that starts like a search term marked. */
    function marked(el, text, words) {
      var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|") + ")", "giu");
      var last = 0, m;
      while ((m = re.exec(text)) !== null) {
        var start = m.index + m[1].length;
        el.appendChild(document.createTextNode(text.slice(last, start)));
        var mark = document.createElement("mark");
        mark.textContent = m[2];
        el.appendChild(mark);
        last = start + m[2].length;
        if (re.lastIndex === m.index) re.lastIndex++;
      }
      el.appendChild(document.createTextNode(text.slice(last)));
    }
    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function show() {
      var words = terms(input.value);
      list.textContent = "";
      if (!words.length) { close(); return; }
      var hits = query(words);
      if (!hits.length) {
        var none = document.createElement("li");
        none.className = "search-none";
        none.textContent = "No page mentions that.";
        list.appendChild(none);
      }
      hits.forEach(function (h, n) {
        var d = docs[h.ref];
        var li = document.createElement("li");
        li.id = "search-result-" + n;
        li.setAttribute("role", "option");
        var a = document.createElement("a");
        a.href = base + d.url;
        a.tabIndex = -1;
        var page = document.createElement("span");
        page.className = "search-page";
        marked(page, d.page, words);
        a.appendChild(page);
        if (d.section) {
          var section = document.createElement("span");
          section.className = "search-section";
          marked(section, d.section, words);
          a.appendChild(section);
        }
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      select(hits.length ? 0 : -1);
    }
    function select(n) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (o, i) { o.setAttribute("aria-selected", i === n ? "true" : "false"); });
      active = n;
      if (n >= 0 && options[n]) {
        input.setAttribute("aria-activedescendant", options[n].id);
        options[n].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("input", function () { load(show); });
    input.addEventListener("keydown", function (event) {
      var count = list.querySelectorAll("[role=option]").length;
      if (event.key === "ArrowDown" && count) { event.preventDefault(); select((active + 1) % count); }
      else if (event.key === "ArrowUp" && count) { event.preventDefault(); select((active - 1 + count) % count); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.querySelectorAll("[role=option] a")[active].href;
      } else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    document.addEventListener("keydown", function (event) {
      var t = event.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  function start() {
    root.classList.add("js");
    createLiveRegion();
    setUpCopyButtons();
    setUpNavToggle();
    setUpThemeToggle();
    setUpTocHighlight();
    markInlineStderr();
    makeScrollersFocusable();
    setUpPrint();
    setUpSearch();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
