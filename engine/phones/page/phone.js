// Hearth's phone page: joins the room, holds a seat, shows the card and this
// seat's moves. Everything shown is set as text (textContent), never markup.
"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var params = new URLSearchParams(location.search);
  var room = (params.get("room") || localStorage.getItem("hearth.room") || "").toUpperCase();
  var ws = null, state = null, seat = -1, retry = 500, nextId = 1, timerEnd = 0, joined = false;
  var labels = { done: "Done", pass: "Pass", take: "Take the talking piece", keep: "Keep this card", write: "Write a card" };
  var writing = false;
  // The table's words for the page's English sentences, from "welcome" and
  // "seated" (kept, so a reloaded page speaks them before it rejoins).
  // The page as served carries the table's words now (data-words on <html>):
  // they win over the kept ones, so the first join form speaks them.
  var words = {};
  try { words = JSON.parse(localStorage.getItem("hearth.words") || "{}") || {}; } catch (e) { words = {}; }
  try {
    var served = JSON.parse(document.documentElement.getAttribute("data-words") || "null");
    if (served && typeof served === "object") {
      words = served;
      localStorage.setItem("hearth.words", JSON.stringify(words));
    }
  } catch (e) { /* none served, or no storage: the kept words, or English */ }

  // `english` in the table's language, its {name}s filled from `values`.
  function w(english, values) {
    var s = typeof words[english] === "string" ? words[english] : english;
    if (values) Object.keys(values).forEach(function (k) { s = s.split("{" + k + "}").join(String(values[k])); });
    return s;
  }
  // The page's fixed words: each element marked data-word holds that sentence.
  function label() {
    document.querySelectorAll("[data-word]").forEach(function (el) { el.textContent = w(el.getAttribute("data-word")); });
    $("status").textContent = w(statusSaid);
  }
  function learn(m) {
    if (!m.words || typeof m.words !== "object") return;
    words = m.words;
    try { localStorage.setItem("hearth.words", JSON.stringify(words)); } catch (e) { /* full: this visit only */ }
    label();
  }

  function saved() {
    try { return JSON.parse(localStorage.getItem("hearth.seat") || "null"); } catch (e) { return null; }
  }
  function show(id) {
    ["join", "seats", "play"].forEach(function (s) { $(s).hidden = s !== id; });
  }
  function send(msg) {
    if (ws && ws.readyState === 1) ws.send(JSON.stringify(msg));
  }
  // The connection's state, an English sentence said in the table's words
  // (again when they arrive, after it was set).
  var statusSaid = "Connecting\u2026";
  function status(english) { statusSaid = english; $("status").textContent = w(english); }
  function error(text) { $("error").textContent = text || ""; }

  function connect() {
    ws = new WebSocket("ws://" + location.host + "/ws");
    ws.onopen = function () {
      retry = 500;
      status("Connected");
      var s = saved();
      if (s && s.room === room && room) {
        send({ type: "rejoin", room: room, seat: s.seat, token: s.token, name: $("name").value || undefined });
      } else if (joined) {
        send({ type: "join", room: room, name: localStorage.getItem("hearth.name") || undefined });
      } else {
        show("join");
      }
    };
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (m.type === "welcome") { joined = true; localStorage.setItem("hearth.room", m.room); room = m.room; error(""); learn(m); }
      else if (m.type === "seated") {
        joined = true; seat = m.seat; error(""); learn(m);
        localStorage.setItem("hearth.seat", JSON.stringify({ room: m.room, seat: m.seat, token: m.token }));
      } else if (m.type === "state") { state = m; }
      else if (m.type === "left") { seat = -1; localStorage.removeItem("hearth.seat"); }
      else if (m.type === "written") {
        writing = false; $("write-title").value = ""; $("write-text").value = ""; error("");
        $("written").textContent = w("Your card \u201c{card}\u201d joins the deck.", { card: m.title });
      }
      else if (m.type === "error") {
        error(typeof m.said === "string" && m.said ? m.said : m.message); // "said": the table's language
        if (m.code === "wrong-token" || m.code === "removed") { localStorage.removeItem("hearth.seat"); seat = -1; }
        if (m.code === "wrong-token") send({ type: "join", room: room });
        // A Hearth just restarted (--resume) that has not set its table out
        // yet: the kept seat is asked for again in a moment.
        if (m.code === "no-table" && saved() && saved().room === room) {
          error("");
          setTimeout(function () { var s = saved(); if (s) send({ type: "rejoin", room: room, seat: s.seat, token: s.token }); }, 1000);
        }
        if (m.code === "wrong-room") { joined = false; localStorage.removeItem("hearth.room"); show("join"); }
      }
      render();
    };
    ws.onclose = function () {
      status("Reconnecting\u2026");
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 5000);
    };
  }

  function render() {
    if (!joined || !state) { if (!room) show("join"); return; }
    var t = state.table || {};
    var seats = t.seats || [];
    if (seat < 0 || seat >= seats.length) {
      show("seats");
      var list = $("seat-list");
      list.textContent = "";
      if (!seats.length) {
        var p = document.createElement("p");
        p.textContent = w("The table has not started yet. Your seats appear here when the host starts.");
        list.appendChild(p);
      }
      var held = {};
      (state.phones || []).forEach(function (ph) { if (ph.seat >= 0) held[ph.seat] = ph.name; });
      seats.forEach(function (s, i) {
        var b = document.createElement("button");
        b.className = "seat";
        var named = (i + 1) + ". " + s.name;
        b.textContent = held[i] !== undefined ? w("{seat} (taken)", { seat: named }) : named;
        b.disabled = held[i] !== undefined || state.locked;
        b.onclick = function () { send({ type: "claim", seat: i, name: localStorage.getItem("hearth.name") || undefined }); };
        list.appendChild(b);
      });
      return;
    }
    show("play");
    var me = seats[seat];
    var whose = "";
    var mine = false;
    seats.forEach(function (s, i) {
      if (s.holds) { whose = (i === seat ? w("You hold the talking piece") : w("{player} holds the talking piece", { player: s.name })); mine = i === seat; }
    });
    if (!whose) seats.forEach(function (s, i) {
      if (s.active) { whose = i === seat ? w("Your turn") : w("{player}\u2019s turn", { player: s.name }); mine = i === seat; }
    });
    if (t.phase === "setup") whose = w("The table is about to begin");
    if (t.phase === "ended") whose = w("The session has ended. Thank you!");
    if (t.paused) whose = w("The table is paused");
    $("whose").textContent = me.name + " · " + whose;
    $("whose").className = "whose" + (mine ? " mine" : "");
    var timer = t.timer || {};
    timerEnd = timer.state === "running" ? Date.now() + timer.remaining * 1000 : 0;
    $("timer").textContent = timer.state === "expired" ? w("Time is up") : timer.state === "paused" ? w("Timer paused") : "";
    tick();
    var c = t.card;
    $("card").hidden = !c;
    if (c) {
      $("card-title").textContent = c.title;
      $("card-subtitle").textContent = c.subtitle || "";
      cardText($("card-text"), c);
    }
    var moves = $("moves");
    moves.textContent = "";
    var mayWrite = (me.moves || []).indexOf("write") >= 0;
    if (!mayWrite) writing = false;
    $("write").hidden = !writing;
    offered(t.offered || [], (me.moves || []).indexOf("choose") >= 0);
    (me.moves || []).forEach(function (mv) {
      if (mv === "write" && writing) return;
      if (mv === "choose") return; // the offered cards are its buttons
      var b = document.createElement("button");
      b.className = "move " + mv;
      b.textContent = mv === "done" && t.step === "draw" ? w("Draw a card") : (labels[mv] ? w(labels[mv]) : mv);
      b.onclick = mv === "write"
        ? function () { error(""); $("written").textContent = ""; writing = true; render(); $("write-title").focus(); }
        : function () { error(""); send({ type: "act", move: mv, id: nextId++ }); };
      moves.appendChild(b);
    });
  }

  // A choose step's cards: buttons "1 — Title" for the seat that picks,
  // the same cards as text for the others. Text only (textContent).
  function offered(cards, mayChoose) {
    var box = $("offered"), list = $("offered-list");
    box.hidden = !cards.length;
    list.textContent = "";
    if (!cards.length) return;
    $("offered-title").textContent = mayChoose ? w("Pick a card") : w("The cards to pick from");
    cards.forEach(function (c, i) {
      var b = document.createElement(mayChoose ? "button" : "div");
      b.className = "offer";
      var title = document.createElement("span");
      title.className = "offer-title";
      title.textContent = (i + 1) + " \u2014 " + (c.title || "");
      b.appendChild(title);
      if (c.subtitle) {
        var sub = document.createElement("span");
        sub.className = "offer-subtitle";
        sub.textContent = c.subtitle;
        b.appendChild(sub);
      }
      var text = document.createElement("span");
      text.className = "offer-text";
      cardText(text, c);
      b.appendChild(text);
      if (mayChoose) b.onclick = function () { error(""); send({ type: "act", move: "choose", index: i, id: nextId++ }); };
      list.appendChild(b);
    });
  }

  // The card's text as elements: paragraphs, bullet and numbered lists, bold
  // and italic, from the blocks Hearth read its markup into. Text only
  // (textContent), never markup.
  function cardText(box, c) {
    box.textContent = "";
    var blocks = c.blocks;
    if (!blocks) { var p = document.createElement("p"); p.textContent = c.text || ""; box.appendChild(p); return; }
    var list = null;
    blocks.forEach(function (b) {
      var el;
      if (b.kind === "bullet" || b.kind === "numbered") {
        var tag = b.kind === "bullet" ? "UL" : "OL";
        if (!list || list.tagName !== tag) {
          list = document.createElement(tag);
          if (tag === "OL" && b.number > 1) list.start = b.number;
          box.appendChild(list);
        }
        el = document.createElement("li");
        list.appendChild(el);
      } else {
        list = null;
        el = document.createElement("p");
        box.appendChild(el);
      }
      (b.runs || []).forEach(function (r) {
        if (r.text === "\n") { el.appendChild(document.createElement("br")); return; }
        var node = document.createTextNode(r.text);
        if (r.italic) { var i = document.createElement("em"); i.appendChild(node); node = i; }
        if (r.bold) { var s = document.createElement("strong"); s.appendChild(node); node = s; }
        el.appendChild(node);
      });
    });
  }

  function tick() {
    if (timerEnd) {
      var left = Math.max(0, Math.ceil((timerEnd - Date.now()) / 1000));
      $("timer").textContent = w("Time left {time}", { time: Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0") });
    }
  }
  setInterval(tick, 1000);

  $("join-button").onclick = function () {
    room = $("room").value.trim().toUpperCase();
    var name = $("name").value.trim();
    if (name) localStorage.setItem("hearth.name", name);
    send({ type: "join", room: room, name: name || undefined });
  };
  $("change-seat").onclick = function () { send({ type: "leave" }); };
  $("write-button").onclick = function () {
    error("");
    send({ type: "write", title: $("write-title").value, text: $("write-text").value, id: nextId++ });
  };
  $("write-cancel").onclick = function () { writing = false; render(); };
  label();
  status("Connecting\u2026");
  $("room").value = room;
  $("name").value = localStorage.getItem("hearth.name") || "";
  connect();
})();
