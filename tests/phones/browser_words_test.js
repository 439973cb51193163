// A phone that never joined, in headless chromium, opens the page of a
// Hearth whose interface is German: the join form is German before any
// message came (the page is served in the table's words), and a wrong room
// code is refused in German (the error's "said"). A 360x740 shot of each.
// node browser_words_test.js CHROMIUM URL OUTDIR
"use strict";
const puppeteer = require("puppeteer-core");
const [chromium, url, out] = process.argv.slice(2);

function fail(why) {
  console.error("browser words test: " + why);
  process.exit(1);
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const ctx = await browser.createBrowserContext(); // no words kept from before
    const page = await ctx.newPage();
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    page.on("pageerror", (e) => fail("the page: " + e.message));
    page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) fail("CSP: " + m.text()); });
    await page.goto(url);
    await page.waitForSelector("#join:not([hidden])");
    const form = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      room: document.querySelector("label[for=room]").textContent,
      name: document.querySelector("label[for=name]").textContent,
      join: document.getElementById("join-button").textContent,
      footer: document.querySelector("footer").textContent,
    }));
    await page.screenshot({ path: `${out}/de-join.png` });
    if (form.lang !== "de") fail("the page's lang is " + form.lang);
    if (form.room !== "Raumcode (auf dem Fernseher)") fail("the room code's label says: " + form.room);
    if (form.name !== "Dein Name (freiwillig)") fail("the name's label says: " + form.name);
    if (form.join !== "Beitreten") fail("the join button says: " + form.join);
    if (/Plain HTTP/.test(form.footer)) fail("the footer is English: " + form.footer);
    await page.$eval("#room", (r) => { r.value = ""; });
    await page.type("#room", "XXXX");
    await page.click("#join-button");
    await page.waitForFunction(() => document.getElementById("error").textContent !== "");
    const said = await page.$eval("#error", (e) => e.textContent);
    await page.screenshot({ path: `${out}/de-wrong-room.png` });
    if (said !== "Dieser Raumcode gehört nicht zu diesem Tisch. Schau auf den Fernseher.")
      fail("the wrong room's refusal says: " + said);
    console.log("de: " + form.room + " | " + form.join + " | " + said);
  } finally {
    await browser.close();
  }
})().catch((e) => fail(e.stack || String(e)));
