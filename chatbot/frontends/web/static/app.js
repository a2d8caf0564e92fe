// The page of `chatbot serve --http`: no framework, no build step, nothing from another site.
//
// Every word comes from GET /api/meta or a reply, and is shown with textContent,
// never as markup, so nothing a person types (or the server sends) can run.
// Nothing is written to localStorage, sessionStorage or the history; the
// conversation lives in the DOM and on the server, and a wipe removes both.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const conversation = $("conversation");
  const form = $("ask-form");
  const question = $("question");
  const status = $("status");
  const dialog = $("idle-warning");
  let meta = null;
  let pending = false;
  // Bumped by every wipe: a reply that arrives after one belongs to the last person and is dropped.
  let generation = 0;
  let inFlight = null;
  const REQUEST_TIMEOUT_MS = 20000;
  // True until a question has started a conversation of this page's own: at load (a cookie left by the page
  // before a reload is not this person's) and after every wipe. Such a question asks the server to drop the
  // cookie's conversation and start a new one, so even a wipe whose /api/reset never arrived (the network
  // down, the server restarting) hands the next person nothing of the last one's.
  let startNew = true;
  const RESET_TIMEOUT_MS = 5000;
  const RESET_RETRIES_MS = [2000, 5000, 15000, 30000, 60000];
  // The /api/reset on its way, if any: a question waits for it. Sent side by side, the reset could be answered
  // after the question and drop the new conversation's cookie, or (sent second) forget the new conversation.
  let resetting = null;
  // The wipe under way, if any, until its welcome is back: a question waits for it too.
  let wiping = null;
  // The generation in which a question was last sent: a reset is no longer tried again once the next question
  // is on its way (it drops the old conversation itself, and a reset now would name the new one).
  let askedIn = -1;
  // The numbered questions shown last (the welcome's, or the last reply's that had any): a typed number picks
  // one of them, as in the terminal, and the question picked is shown above its answer, not the bare number.
  let offered = [];

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // A reply kind becomes a CSS class; an unexpected value gets a plain style, never markup.
  function kindClass(kind) {
    return /^[a-z]{1,20}$/.test(kind) ? kind : "unknown";
  }

  function show(node) {
    conversation.appendChild(node);
    node.scrollIntoView({ block: "start" });
  }

  function suggestionList(suggestions, heading) {
    const block = element("div", "suggestions");
    if (heading) block.appendChild(element("p", "suggestions-heading", heading));
    const list = element("ol", "suggestion-list");
    offered = suggestions.slice();
    suggestions.forEach((suggestion, index) => {
      const button = element("button", "suggestion");
      button.type = "button";
      button.appendChild(element("span", "number", String(index + 1)));
      button.appendChild(element("span", "question-text", suggestion.question));
      button.addEventListener("click", () => ask({ pick: suggestion.id }, suggestion.question));
      const item = element("li");
      item.appendChild(button);
      list.appendChild(item);
    });
    block.appendChild(list);
    return block;
  }

  function showWelcome() {
    const block = element("section", "message bot welcome");
    block.appendChild(element("p", "text", meta.words.welcome));
    if (meta.examples.length) block.appendChild(suggestionList(meta.examples, meta.words.examples_heading));
    conversation.appendChild(block);
  }

  function showQuestion(text) {
    const block = element("div", "message user");
    block.appendChild(element("p", "who", meta.words.you));
    const body = element("p", "text", text);
    body.dir = "auto";
    block.appendChild(body);
    show(block);
  }

  // The heading above a reply's suggestions, as in the terminal: none for a clarify (its text asks).
  function headingFor(kind) {
    if (kind === "answer") return meta.words.follow_ups_heading;
    if (kind === "fallback" || kind === "smalltalk") return meta.words.examples_heading;
    return "";
  }

  function showReply(reply) {
    const kind = kindClass(reply.kind);
    const block = element("div", "message bot reply reply--" + kind);
    block.dataset.kind = kind;
    // A kind with its own label (emergency, urgent) gets an icon and that label: never colour alone.
    const label = meta.words[kind + "_label"];
    if (label) {
      const banner = element("p", "kind-label");
      const icon = element("span", "icon icon--" + kind);
      icon.setAttribute("aria-hidden", "true");
      banner.appendChild(icon);
      banner.appendChild(element("strong", null, label));
      block.appendChild(banner);
    }
    if (kind === "emergency") block.setAttribute("role", "alert");
    const body = element("p", "text", reply.answer);
    body.dir = "auto";
    block.appendChild(body);
    if (reply.emergency_number) {
      const call = element("p", "call-now");
      call.appendChild(element("span", null, meta.words.call_now + " "));
      call.appendChild(element("strong", "number", reply.emergency_number));
      block.appendChild(call);
    }
    if (reply.source) block.appendChild(element("p", "source", meta.words.source_prefix + " " + reply.source));
    if (reply.suggestions && reply.suggestions.length) {
      block.appendChild(suggestionList(reply.suggestions, headingFor(kind)));
    }
    show(block);
  }

  function showError() {
    const block = element("div", "message bot reply reply--error");
    block.appendChild(element("p", "text", meta.words.error));
    show(block);
  }

  async function ask(request, shownText) {
    if (pending) return;
    pending = true;
    const mine = generation;
    conversation.setAttribute("aria-busy", "true");
    // A question asked while "Start again" (or its reset tried again) is still telling the server waits for it,
    // and shows after the welcome that wipe puts back.
    while (wiping || resetting) await (wiping || resetting);
    if (mine !== generation) return; // wiped again while it waited
    askedIn = generation;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    inFlight = controller;
    showQuestion(shownText);
    let reply = null;
    try {
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(startNew ? Object.assign({ new: true }, request) : request),
        credentials: "same-origin",
        cache: "no-store",
        signal: controller.signal,
      });
      if (response.ok) reply = await response.json();
      if (response.ok && mine === generation) startNew = false; // the server holds this person's conversation
    } catch (error) {
      reply = null;
    } finally {
      clearTimeout(timer);
    }
    if (mine !== generation) return; // the page was wiped meanwhile
    pending = false;
    inFlight = null;
    conversation.removeAttribute("aria-busy");
    try {
      if (!reply) throw new Error("no reply");
      showReply(reply);
    } catch (error) {
      showError();
    }
    // Ready for the next question, without scrolling away from the start of the reply.
    question.focus({ preventScroll: true });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // One question at a time: while an answer is on its way the next stays in the box, to be sent after it
    // (emptying the box here lost it without a word).
    if (pending) return;
    // The browser enforces maxlength on typing and pasting; a script could still set more.
    const text = question.value.slice(0, meta.max_chars);
    if (!text.trim()) {
      question.focus();
      return;
    }
    question.value = "";
    const picked = pickedByNumber(text);
    if (picked) ask({ pick: picked.id }, picked.question);
    else ask({ text: text }, text);
  });

  // "2" (or "2." or "2)") when a second question is shown: that question, picked as a click picks it.
  function pickedByNumber(text) {
    const found = /^\s*(\d{1,3})\s*[.)]?\s*$/.exec(text);
    if (!found) return null;
    const number = Number(found[1]);
    return number >= 1 && number <= offered.length ? offered[number - 1] : null;
  }

  // Enter sends; Shift+Enter starts a new line.
  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // Ask the server to forget this browser's conversation. A failed try is tried again, a little later each
  // time, until it works or the next question has started a new conversation anyway (startNew is false then:
  // that question dropped the old one); the server also forgets a kiosk's idle conversation by itself.
  async function forgetOnServer(wiped, attempt) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), RESET_TIMEOUT_MS);
    let done = false;
    const sent = fetch("/api/reset", {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      signal: controller.signal,
    });
    const mine = sent.then(() => {}, () => {});
    resetting = mine;
    try {
      done = (await sent).ok;
    } catch (error) {
      done = false;
    } finally {
      clearTimeout(timer);
      if (resetting === mine) resetting = null;
    }
    if (done || attempt >= RESET_RETRIES_MS.length) return;
    setTimeout(() => {
      if (startNew && wiped === generation && askedIn !== wiped) forgetOnServer(wiped, attempt + 1);
    }, RESET_RETRIES_MS[attempt]);
  }

  // Forget everything of this conversation: the page, the text box, any storage, and the server's session.
  async function wipe(announcement) {
    generation += 1;
    if (inFlight) inFlight.abort();
    inFlight = null;
    pending = false;
    conversation.removeAttribute("aria-busy");
    conversation.replaceChildren();
    question.value = "";
    status.textContent = "";
    try {
      window.localStorage.clear();
      window.sessionStorage.clear();
    } catch (error) {
      // Storage may be off; there is nothing in it then.
    }
    window.history.replaceState(null, "", "/");
    startNew = true;
    const forgotten = forgetOnServer(generation, 0);
    wiping = forgotten;
    await forgotten;
    if (wiping === forgotten) wiping = null;
    showWelcome();
    // The next person starts at the top, with the title and the "not a doctor" and emergency notice in view:
    // the page kept the last one's scroll, clamped to the shorter page, which hid them on a small screen.
    window.scrollTo(0, 0);
    if (announcement) status.textContent = announcement;
  }

  $("start-again").addEventListener("click", async () => {
    await wipe(meta.words.restarted);
    question.focus({ preventScroll: true });
  });

  // Kiosk mode: warn after a quiet spell, then wipe (WCAG 2.2.1: a simple action keeps going).
  const kiosk = { idleTimer: 0, wipeTimer: 0, tickTimer: 0 };
  // A browser fires a wait longer than this at once (the warning as the page opened); the server refuses
  // such times, and a page embedded elsewhere waits its longest instead.
  const LONGEST_WAIT_MS = 2147483647;

  function stopKioskTimers() {
    clearTimeout(kiosk.idleTimer);
    clearTimeout(kiosk.wipeTimer);
    clearInterval(kiosk.tickTimer);
  }

  function armKiosk() {
    if (!meta || !meta.kiosk) return;
    stopKioskTimers();
    if (dialog.open) dialog.close();
    const quiet = Math.max(0, meta.kiosk.idle_seconds - meta.kiosk.warn_seconds);
    kiosk.idleTimer = setTimeout(warn, Math.min(quiet * 1000, LONGEST_WAIT_MS));
  }

  function warn() {
    const deadline = Date.now() + meta.kiosk.warn_seconds * 1000;
    const text = $("idle-text");
    const update = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      // "1 second", not "1 seconds": the bank words the last second on its own.
      const words = left === 1 ? meta.words.idle_warning_one : meta.words.idle_warning;
      text.textContent = words.split("{seconds}").join(String(left));
    };
    update();
    kiosk.tickTimer = setInterval(update, 1000);
    dialog.showModal();
    $("keep-going").focus();
    kiosk.wipeTimer = setTimeout(async () => {
      stopKioskTimers();
      if (dialog.open) dialog.close();
      await wipe("");
      if (document.activeElement) document.activeElement.blur();
      armKiosk();
    }, Math.min(meta.kiosk.warn_seconds * 1000, LONGEST_WAIT_MS));
  }

  ["keydown", "pointerdown", "input", "wheel", "touchstart"].forEach((name) =>
    document.addEventListener(name, armKiosk, { capture: true, passive: true })
  );
  $("keep-going").addEventListener("click", () => {
    armKiosk();
    question.focus();
  });
  dialog.addEventListener("cancel", (event) => {
    // Escape closes the warning, which is the same as keeping going.
    event.preventDefault();
    armKiosk();
  });

  async function start() {
    let response = null;
    try {
      response = await fetch("/api/meta", { cache: "no-store" });
    } catch (error) {
      response = null;
    }
    if (!response || !response.ok) {
      // A kiosk's browser may start before the server: try again shortly.
      setTimeout(start, 2000);
      return;
    }
    meta = await response.json();
    const words = meta.words;
    document.title = meta.title;
    $("title").textContent = meta.title;
    $("notice").textContent = words.notice;
    $("question-label").textContent = words.prompt;
    $("send").textContent = words.send;
    $("start-again").textContent = words.start_again;
    $("idle-title").textContent = words.idle_title;
    $("keep-going").textContent = words.keep_going;
    conversation.setAttribute("aria-label", words.conversation);
    question.maxLength = meta.max_chars;
    showWelcome();
    document.body.dataset.ready = "true";
    armKiosk();
  }

  start();
})();
