// The browser test of 'policyset site' (docs/testing.md): opens each site written by
// BrowserSitesTest (site/target/browser-sites/*) in headless Chromium from file://, visits every
// page, and fails on a console error, an uncaught exception, a request for anything not in the
// site's folder, a link to a missing file or anchor, or an axe-core violation of serious or
// critical impact. It also runs a search, filters the timeline, and saves screenshots of the
// overview, timeline, stance matrix and principle map under site/target/screenshots/.
//
//   npm ci --prefix site/src/test/browser && node site/src/test/browser/check.mjs [SITE_DIR...]
//
// CHROMIUM names the browser (default /usr/bin/chromium, Debian's package 'chromium').
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.resolve(here, '..', '..', '..', 'target');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sites = process.argv.slice(2).length > 0 ? process.argv.slice(2)
  : ['fixture', 'bundled'].map((s) => path.join(target, 'browser-sites', s));
const shots = path.join(target, 'screenshots');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  console.error(`no browser at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  process.exit(2);
}
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

function htmlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

const browser = await puppeteer.launch({
  executablePath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
});
try {
  fs.mkdirSync(shots, { recursive: true });
  for (const site of sites) {
    const root = path.resolve(site);
    const name = path.basename(root);
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      fail(name, `no site at ${root}: run 'mvn -B verify' first (BrowserSitesTest writes it)`);
      continue;
    }
    const rootUrl = pathToFileURL(root + path.sep).href;
    const pages = htmlFiles(root);
    const ids = new Map();       // page file -> ids on it
    const anchors = [];          // [from, file, id]
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    let current = '';
    page.on('request', (req) => {
      const url = req.url();
      const inside = url.startsWith(rootUrl) && fs.existsSync(fileURLToPath(url.split(/[?#]/)[0]));
      if (!inside) {
        fail(current, `requested ${url}, which is not a file of the site`);
        req.abort();
      } else {
        req.continue();
      }
    });
    page.on('console', (msg) => { if (msg.type() === 'error') fail(current, `console error: ${msg.text()}`); });
    page.on('pageerror', (err) => fail(current, `uncaught: ${err.message}`));
    for (const file of pages) {
      current = `${name}/${path.relative(root, file)}`;
      const response = await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      if (!response || !response.ok()) fail(current, 'did not load');
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        links: [...document.querySelectorAll('a[href]')].map((a) => ({
          href: new URL(a.getAttribute('href'), document.baseURI).href, raw: a.getAttribute('href'), external: a.classList.contains('external') })),
        h1: document.querySelectorAll('h1').length,
      }));
      ids.set(file, new Set(found.ids));
      if (found.h1 !== 1) fail(current, `${found.h1} h1 headings`);
      for (const l of found.links) {
        if (l.href.startsWith('file:')) {
          const f = fileURLToPath(l.href.split(/[?#]/)[0]);
          if (!f.startsWith(root + path.sep) || !fs.existsSync(f)) fail(current, `broken link ${l.raw}`);
          else if (l.href.includes('#')) anchors.push([current, f, decodeURIComponent(l.href.split('#')[1])]);
        } else if (!(l.external && /^https?:\/\//.test(l.href))) {
          fail(current, `link out of the site: ${l.raw}`);
        }
      }
      await page.evaluate(axeSource);
      const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], preload: false }));
      for (const v of axe.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          fail(current, `axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
        }
      }
    }
    for (const [from, file, id] of anchors) {
      if (!(ids.get(file) || new Set()).has(id)) fail(from, `no #${id} in ${path.relative(root, file)}`);
    }
    // Search finds records and links to their pages; the timeline filter hides other actors' marks.
    current = `${name}/search.html?q=`;
    const word = name === 'fixture' ? 'ceasefire' : 'gaza';
    await page.goto(pathToFileURL(path.join(root, 'search.html')).href + '?q=' + word, { waitUntil: 'load' });
    const hits = await page.$$eval('#results a', (as) => as.map((a) => a.href));
    if (hits.length === 0) fail(current + word, 'no result');
    for (const h of hits) if (!fs.existsSync(fileURLToPath(h))) fail(current + word, `result links to a missing page ${h}`);
    await page.goto(pathToFileURL(path.join(root, 'timeline.html')).href, { waitUntil: 'load' });
    const filtered = await page.evaluate(() => {
      const select = document.querySelector('[data-filter="actor"]');
      if (!select || select.options.length < 2) return null;
      const marks = [...document.querySelectorAll('svg.timeline a[data-actors]')];
      // An actor on some marks but not all (the list names every actor, dated or not: in a
      // version 2 dataset many records are undated and have no mark), so that the filter must
      // hide some marks and keep others.
      const on = (m, v) => (m.getAttribute('data-actors') || '').split(' ').includes(v);
      const option = [...select.options].slice(1).find((o) => {
        const n = marks.filter((m) => on(m, o.value)).length;
        return n > 0 && n < marks.length;
      });
      if (!option) return { all: marks.length, hidden: -1 };
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      const shown = marks.filter((m) => m.style.display !== 'none');
      return { all: marks.length, hidden: marks.length - shown.length,
        wrong: shown.filter((m) => !on(m, option.value)).length, actor: option.value };
    });
    if (filtered && filtered.hidden < 0) {
      fail(`${name}/timeline.html`, `no actor is on some of the ${filtered.all} marks but not all: the filter cannot be checked`);
    } else if (filtered && (filtered.hidden === 0 || filtered.hidden === filtered.all || filtered.wrong > 0)) {
      fail(`${name}/timeline.html`, `the actor filter for ${filtered.actor} hid ${filtered.hidden} of ${filtered.all} marks and kept ${filtered.wrong} of other actors`);
    }
    for (const [shot, file] of [['overview', 'index.html'], ['timeline', 'timeline.html'],
      ['matrix', 'matrix.html'], ['principle-map', 'principles.html']]) {
      await page.goto(pathToFileURL(path.join(root, file)).href, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(shots, `${name}-${shot}.png`), fullPage: true });
    }
    await page.close();
    console.log(`${name}: ${pages.length} pages visited, ${anchors.length} anchors checked`);
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(failures.slice(0, 200).join('\n'));
  console.error(`${failures.length} problem(s)`);
  process.exit(1);
}
console.log(`no console error, broken link, outside request or serious accessibility violation; screenshots in ${shots}`);
