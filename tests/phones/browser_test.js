// Two phones in headless chromium: join through the page, pick seats, one
// passes and one takes the talking piece; 360x740 shots, checked for what
// they show. node browser_test.js CHROMIUM URL OUTDIR
"use strict";
const puppeteer = require("puppeteer-core");
const [chromium, url, out] = process.argv.slice(2);

function fail(why) {
  console.error("browser test: " + why);
  process.exit(1);
}

async function phone(browser, name, seat) {
  const ctx = await browser.createBrowserContext(); // its own storage
  const page = await ctx.newPage();
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
  page.on("pageerror", (e) => fail(name + "'s page: " + e.message));
  await page.goto(url);
  await page.waitForSelector("#join:not([hidden])");
  await page.type("#name", name);
  await page.click("#join-button");
  await page.waitForSelector("#seats:not([hidden]) .seat");
  await shot(page, name + "-seats");
  const seats = await page.$$(".seat");
  await seats[seat].click();
  await page.waitForSelector("#play:not([hidden])");
  return page;
}

// Presses the button `selector` names. The page rebuilds its move buttons on
// every state message, so a handle taken a moment before may already be
// detached: the button is found and pressed in one step, in the page, and
// the press waits for it to be there.
async function press(page, selector) {
  await page.waitForFunction((s) => {
    const b = document.querySelector(s);
    if (!b || b.disabled || !b.offsetParent) return false;
    b.click();
    return true;
  }, {}, selector);
}

async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/${name}.png` });
}

// Whether a button for `move` is showing, and the page's text.
async function look(page) {
  return page.evaluate(() => ({
    whose: document.getElementById("whose").textContent,
    card: document.getElementById("card").hidden ? "" : document.getElementById("card-title").textContent,
    moves: [...document.querySelectorAll(".move")].map((b) => b.className.split(" ")[1]),
    wide: document.documentElement.scrollWidth,
    smallest: Math.min(...[...document.querySelectorAll("#play button")].filter((b) => b.offsetParent).map((b) => b.offsetHeight)),
  }));
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const ana = await phone(browser, "Ana", 0);
    const ben = await phone(browser, "Ben", 1);
    await ana.waitForSelector(".move.pass");
    let a = await look(ana);
    await shot(ana, "Ana-holds");
    if (!a.whose.includes("You hold the talking piece")) fail("Ana's phone says: " + a.whose);
    if (!a.card) fail("Ana's phone shows no card");
    if (a.wide > 360) fail("the page is wider than 360 px: " + a.wide);
    if (a.smallest < 48) fail("a button is smaller than 48 px: " + a.smallest);
    let b = await look(ben);
    if (b.moves.includes("pass") || b.moves.includes("done")) fail("Ben may pass for Ana: " + b.moves);
    if (!b.moves.includes("take")) fail("Ben's phone offers no take: " + b.moves);
    await press(ana, ".move.pass");
    await ana.waitForFunction(() => !document.querySelector(".move.pass"));
    await press(ben, ".move.take");
    await ben.waitForFunction(() => document.getElementById("whose").textContent.includes("You hold"));
    await shot(ben, "Ben-holds");
    b = await look(ben);
    if (!b.moves.includes("pass")) fail("Ben holds the piece but may not pass: " + b.moves);
    await ana.waitForFunction(() => document.getElementById("whose").textContent.includes("Ben holds"));
    a = await look(ana);
    await shot(ana, "Ana-after");
    // The card's Markdown as elements: its "- " items are a list, never the dashes.
    const text = await ana.evaluate(() => {
      const box = document.getElementById("card-text");
      return {
        items: [...box.querySelectorAll("ul > li")].map((li) => li.textContent),
        paragraphs: box.querySelectorAll("p").length,
        raw: box.textContent,
        scripts: box.querySelectorAll("script, img, a").length,
      };
    });
    if (!text.items.length) fail("the card's bullets are not a list: " + text.raw);
    if (text.items.some((t) => t.startsWith("- ")) || /(^|\n)- /.test(text.raw))
      fail("a bullet shows its dash: " + text.raw);
    if (!text.paragraphs) fail("the card's text has no paragraph");
    if (text.scripts) fail("the card's text made elements that are not text");
    await ana.$eval("#card", (c) => c.scrollIntoView());
    await ana.screenshot({ path: `${out}/Ana-card.png` });
    // Ana's turn: she writes a blank card on her phone.
    if (!a.moves.includes("write")) fail("Ana's phone offers no write: " + a.moves);
    if (b.moves.includes("write")) fail("Ben may write in Ana's turn: " + b.moves);
    await press(ana, ".move.write");
    await ana.waitForSelector("#write:not([hidden])");
    await ana.click("#write-button"); // no title yet: refused, saying why
    await ana.waitForFunction(() => document.getElementById("error").textContent.includes("title"));
    await ana.type("#write-title", "Tea <b>first</b>");
    await ana.type("#write-text", "Make tea for someone.\n\n- slowly\n- *together*");
    await shot(ana, "Ana-writes");
    await ana.click("#write-button");
    await ana.waitForFunction(() => document.getElementById("written").textContent.includes("joins the deck"));
    if (!(await ana.$eval("#write", (w) => w.hidden))) fail("the form stays open after writing");
    await shot(ana, "Ana-wrote");
    console.log("Ana: " + a.whose + " | Ben: " + b.whose + " | card: " + a.card + " | items: " + text.items.length);
  } finally {
    await browser.close();
  }
})().catch((e) => fail(e.stack || String(e)));
