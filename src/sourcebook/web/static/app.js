// Sourcebook article page: select a highlighted statement or figure to see its record, and
// review it. Plain JS, no build step. Text from articles is only ever set with textContent.
"use strict";
(function () {
  document.documentElement.classList.add("js");
  const TOKEN_KEY = "sourcebook-token";
  const NAME_KEY = "sourcebook-reviewer";

  function pageData() {
    const el = document.getElementById("page-data");
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  function init() {
    const data = pageData();
    const text = document.getElementById("text");
    if (!data || !text) return;
    const records = data.records || {};
    const form = document.getElementById("review-form");
    let current = null;

    function select(ref, focus) {
      if (!Object.prototype.hasOwnProperty.call(records, ref)) return;
      current = ref;
      document.querySelectorAll(".hl.selected, .record.selected").forEach(function (el) {
        el.classList.remove("selected");
        if (el.hasAttribute("aria-pressed")) el.setAttribute("aria-pressed", "false");
      });
      text.querySelectorAll('[data-ref="' + CSS.escape(ref) + '"]').forEach(function (el) {
        el.classList.add("selected");
      });
      const first = document.getElementById("hl-" + ref);
      if (first) first.setAttribute("aria-pressed", "true");
      const record = document.getElementById("rec-" + ref);
      if (record) record.classList.add("selected");
      const hint = document.getElementById("panel-hint");
      if (hint) hint.hidden = true;
      if (form) {
        form.hidden = false;
        document.getElementById("review-target").textContent = (records[ref].type === "figure" ? "figure " : "statement ") + ref;
        setMessage("", false);
      }
      if (history.replaceState) history.replaceState(null, "", "#hl-" + ref);
      openSheet();
      if (focus && first) { first.focus({ preventScroll: true }); first.scrollIntoView({ block: "center" }); }
      keepAboveSheet(first);
    }

    // On a phone the panel is a sheet fixed to the bottom of the screen (app.css): open it, and
    // scroll so the statement just selected stays visible above it.
    const panel = document.getElementById("panel");
    function isSheet() { return panel && getComputedStyle(panel).position === "fixed"; }
    function openSheet() {
      if (!panel) return;
      panel.classList.add("open");
      document.body.classList.toggle("sheet-open", isSheet());
    }
    function keepAboveSheet(el) {
      if (!el || !isSheet()) return;
      const rect = el.getBoundingClientRect();
      const free = window.innerHeight - panel.getBoundingClientRect().height;
      if (rect.bottom > free - 8) window.scrollBy(0, rect.bottom - free + 24);
      else if (rect.top < 0) window.scrollBy(0, rect.top - 24);
    }
    function closeSheet() {
      panel.classList.remove("open");
      document.body.classList.remove("sheet-open");
      const first = current && document.getElementById("hl-" + current);
      if (first) first.focus({ preventScroll: true });
    }
    const close = document.getElementById("panel-close");
    if (close) close.addEventListener("click", closeSheet);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && panel && panel.classList.contains("open") && isSheet()) closeSheet();
    });

    text.addEventListener("click", function (event) {
      const el = event.target.closest("[data-ref]");
      if (el && text.contains(el)) select(el.getAttribute("data-ref"), false);
    });
    // hovering any piece of a statement marks all its pieces (CSS shows the speaker's initials)
    function hover(event, on) {
      const el = event.target.closest("[data-ref]");
      if (!el || !text.contains(el)) return;
      text.querySelectorAll('[data-ref="' + CSS.escape(el.getAttribute("data-ref")) + '"]').forEach(function (piece) {
        piece.classList.toggle("hover", on);
      });
    }
    text.addEventListener("mouseover", function (event) { hover(event, true); });
    text.addEventListener("mouseout", function (event) { hover(event, false); });
    text.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      const el = event.target.closest("[data-ref]");
      if (!el) return;
      event.preventDefault();
      select(el.getAttribute("data-ref"), false);
    });
    document.getElementById("records").addEventListener("click", function (event) {
      const link = event.target.closest("[data-select]");
      if (!link) return;
      event.preventDefault();
      select(link.getAttribute("data-select"), true);
    });

    function setMessage(message, isError) {
      const el = document.getElementById("review-message");
      if (!el) return;
      el.textContent = message;
      el.classList.toggle("error", !!isError);
    }

    function addHistory(review) {
      const list = document.querySelector('.history[data-history="' + CSS.escape(current) + '"]');
      const empty = document.querySelector('[data-empty="' + CSS.escape(current) + '"]');
      if (empty) empty.remove();
      if (!list) return;
      const li = document.createElement("li");
      const status = document.createElement("span");
      status.className = "status " + review.status;
      status.textContent = review.status;
      const time = document.createElement("time");
      time.dateTime = review.created;
      time.textContent = review.created.slice(0, 16).replace("T", " ");
      li.append(status, " by " + review.reviewer + " ", time, review.note ? ": " + review.note : "");
      list.append(li);
    }

    if (form) {
      const store = window.sessionStorage;
      form.elements.token.value = store.getItem(TOKEN_KEY) || "";
      form.elements.reviewer.value = store.getItem(NAME_KEY) || "";
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (!current) return;
        const token = form.elements.token.value;
        const reviewer = form.elements.reviewer.value.trim();
        store.setItem(TOKEN_KEY, token);
        store.setItem(NAME_KEY, reviewer);
        const body = {
          target_id: records[current].id,
          status: form.querySelector('input[name="status"]:checked').value,
          note: form.elements.note.value,
          reviewer: reviewer,
        };
        setMessage("Saving…", false);
        fetch("/api/reviews", {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-Sourcebook-Token": token },
          body: JSON.stringify(body),
        }).then(function (response) {
          return response.json().then(function (payload) {
            if (!response.ok) throw new Error(typeof payload.detail === "string" ? payload.detail : "review refused");
            return payload;
          });
        }).then(function (review) {
          addHistory(review);
          form.elements.note.value = "";
          setMessage("Saved.", false);
        }).catch(function (error) {
          setMessage(error.message, true);
        });
      });
    }

    const match = /^#hl-([af][0-9]+)$/.exec(location.hash);
    if (match) select(match[1], true);
    linkedSentence(text);
    window.addEventListener("hashchange", function () { linkedSentence(text); });
  }

  // A link to #s-START-END (character offsets into the article, as the briefing's links give
  // them) highlights that stretch of the text with the CSS Custom Highlight API - no markup is
  // added to the article - and scrolls it into view.
  function linkedSentence(text) {
    const match = /^#s-(?:[0-9A-Za-z_-]+-)?([0-9]+)-([0-9]+)$/.exec(location.hash);
    if (!match || !window.CSS || !CSS.highlights || typeof Highlight === "undefined") return;
    const start = Number(match[1]), end = Number(match[2]);
    if (!(end > start)) return;
    const range = document.createRange();
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let at = 0, begun = false, node;
    while ((node = walker.nextNode())) {
      const next = at + node.data.length;
      if (!begun && start < next) { range.setStart(node, start - at); begun = true; }
      if (begun && end <= next) { range.setEnd(node, end - at); break; }
      at = next;
    }
    if (!begun) return;
    CSS.highlights.set("linked", new Highlight(range));
    text.setAttribute("data-linked", start + "-" + end);
    const box = range.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top - window.innerHeight / 3);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
