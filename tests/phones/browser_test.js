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
    await ana.click(".move.pass");
    await ana.waitForFunction(() => !document.querySelector(".move.pass"));
    await ben.click(".move.take");
    await ben.waitForFunction(() => document.getElementById("whose").textContent.includes("You hold"));
    await shot(ben, "Ben-holds");
    b = await look(ben);
    if (!b.moves.includes("pass")) fail("Ben holds the piece but may not pass: " + b.moves);
    await ana.waitForFunction(() => document.getElementById("whose").textContent.includes("Ben holds"));
    a = await look(ana);
    await shot(ana, "Ana-after");
    console.log("Ana: " + a.whose + " | Ben: " + b.whose + " | card: " + a.card);
  } finally {
    await browser.close();
  }
})().catch((e) => fail(e.stack || String(e)));
