// Hearth's phone page: joins the room, holds a seat, shows the card and this
// seat's moves. Everything shown is set as text (textContent), never markup.
"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var params = new URLSearchParams(location.search);
  var room = (params.get("room") || localStorage.getItem("hearth.room") || "").toUpperCase();
  var ws = null, state = null, seat = -1, retry = 500, nextId = 1, timerEnd = 0, joined = false;
  var labels = { done: "Done", pass: "Pass", take: "Take the talking piece", keep: "Keep this card" };

  function saved() {
    try { return JSON.parse(localStorage.getItem("hearth.seat") || "null"); } catch (e) { return null; }
  }
  function show(id) {
    ["join", "seats", "play"].forEach(function (s) { $(s).hidden = s !== id; });
  }
  function send(msg) {
    if (ws && ws.readyState === 1) ws.send(JSON.stringify(msg));
  }
  function status(text) { $("status").textContent = text; }
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
      if (m.type === "welcome") { joined = true; localStorage.setItem("hearth.room", m.room); room = m.room; error(""); }
      else if (m.type === "seated") {
        joined = true; seat = m.seat; error("");
        localStorage.setItem("hearth.seat", JSON.stringify({ room: m.room, seat: m.seat, token: m.token }));
      } else if (m.type === "state") { state = m; }
      else if (m.type === "left") { seat = -1; localStorage.removeItem("hearth.seat"); }
      else if (m.type === "error") {
        error(m.message);
        if (m.code === "wrong-token" || m.code === "removed") { localStorage.removeItem("hearth.seat"); seat = -1; }
        if (m.code === "wrong-token") send({ type: "join", room: room });
        if (m.code === "wrong-room") { joined = false; localStorage.removeItem("hearth.room"); show("join"); }
      }
      render();
    };
    ws.onclose = function () {
      status("Reconnecting…");
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
        p.textContent = "The table has not started yet. Your seats appear here when the host starts.";
        list.appendChild(p);
      }
      var held = {};
      (state.phones || []).forEach(function (ph) { if (ph.seat >= 0) held[ph.seat] = ph.name; });
      seats.forEach(function (s, i) {
        var b = document.createElement("button");
        b.className = "seat";
        b.textContent = (i + 1) + ". " + s.name + (held[i] !== undefined ? " (taken)" : "");
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
      if (s.holds) { whose = (i === seat ? "You hold the talking piece" : s.name + " holds the talking piece"); mine = i === seat; }
    });
    if (!whose) seats.forEach(function (s, i) {
      if (s.active) { whose = i === seat ? "Your turn" : s.name + "'s turn"; mine = i === seat; }
    });
    if (t.phase === "setup") whose = "The table is about to begin";
    if (t.phase === "ended") whose = "The session has ended. Thank you!";
    if (t.paused) whose = "The table is paused";
    $("whose").textContent = me.name + " · " + whose;
    $("whose").className = "whose" + (mine ? " mine" : "");
    var timer = t.timer || {};
    timerEnd = timer.state === "running" ? Date.now() + timer.remaining * 1000 : 0;
    $("timer").textContent = timer.state === "expired" ? "Time is up" : timer.state === "paused" ? "Timer paused" : "";
    tick();
    var c = t.card;
    $("card").hidden = !c;
    if (c) {
      $("card-title").textContent = c.title;
      $("card-subtitle").textContent = c.subtitle || "";
      $("card-text").textContent = c.text;
    }
    var moves = $("moves");
    moves.textContent = "";
    (me.moves || []).forEach(function (mv) {
      var b = document.createElement("button");
      b.className = "move " + mv;
      b.textContent = mv === "done" && t.step === "draw" ? "Draw a card" : (labels[mv] || mv);
      b.onclick = function () { error(""); send({ type: "act", move: mv, id: nextId++ }); };
      moves.appendChild(b);
    });
  }

  function tick() {
    if (timerEnd) {
      var left = Math.max(0, Math.ceil((timerEnd - Date.now()) / 1000));
      $("timer").textContent = "Time left " + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
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
  $("room").value = room;
  $("name").value = localStorage.getItem("hearth.name") || "";
  connect();
})();
