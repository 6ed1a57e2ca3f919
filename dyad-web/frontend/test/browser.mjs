// Drives the page as a person would, in the system's headless Chromium (no browser download):
// paste an article and see its events, filter to a dyad, open an event and see highlighted
// evidence, and check that the timeline, map and network render. Any request to another host
// than the server is aborted, so the page is proven to work offline.
// Usage: node test/browser.mjs BASE_URL SCREENSHOT_DIR PASTED_TEXT   (exit 0 when all checks pass)
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shots, pasted] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
const outside = [];
const problems = [];
let context;

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', route => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', e => problems.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('requestfailed', r => problems.push(`${r.url()} failed`));
  page.on('response', r => { if (r.status() >= 400) problems.push(`${r.url()}: HTTP ${r.status()}`); });
  page.setDefaultTimeout(20000);

  await page.goto(base);
  await page.waitForSelector('#events tbody tr');
  check(await page.locator('#events tbody tr').count() === 5, 'the table lists the 5 stored events');

  // Paste an article and see its events with highlights.
  await page.click('#tabs button[data-tab=code]');
  await page.fill('#article', pasted);
  await page.fill('#article-date', '2024-07-20');
  await page.click('#code');
  await page.waitForSelector('#coded .coded-event');
  const coded = await page.locator('#coded .coded-event').first().innerText();
  check(coded.includes('AZEGOV') && coded.includes('GEOGOV') && coded.includes('040'), `pasted article coded: ${coded.split('\n')[0]}`);
  check(await page.locator('#coded mark.hl-trigger', { hasText: 'met' }).count() >= 1, 'the trigger "met" is highlighted');
  check(await page.locator('#coded mark.hl-source').count() >= 1, 'the source words are highlighted');
  await page.screenshot({ path: join(shots, 'paste.png'), fullPage: true });

  // Filter to a dyad.
  await page.click('#tabs button[data-tab=events]');
  await page.fill('#filter-form input[name=dyad]', 'AZE,ARM');
  await page.click('#apply');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 2);
  const rows = await page.locator('#events tbody tr').allInnerTexts();
  check(rows.every(r => r.includes('ARM') && r.includes('AZE')), 'the dyad filter keeps the 2 Armenia–Azerbaijan events');
  await page.screenshot({ path: join(shots, 'events-dyad.png'), fullPage: true });

  // Open an event: its fields and highlighted evidence.
  await page.locator('#events tbody tr').first().click();
  await page.waitForSelector('#detail .evidence mark.hl-trigger');
  const detail = await page.locator('#detail').innerText();
  check(detail.includes('Yerevan accuses Baku') && detail.includes('Caucasus Daily'), 'the event shows the article that reported it');
  check(await page.locator('#detail mark.hl-source').count() >= 1, 'the evidence highlights the source');
  await page.screenshot({ path: join(shots, 'event-detail.png'), fullPage: true });

  // Timeline for the dyad.
  await page.click('#tabs button[data-tab=timeline]');
  await page.waitForSelector('#timeline-svg path.goldstein', { state: 'attached' });
  const bars = await page.$$eval('#timeline-svg rect.bar', rs => rs.filter(r => +r.getAttribute('height') > 0).length);
  check(bars === 2, `the timeline draws a bar for each quad class of the dyad's events (${bars})`);
  check(await page.locator('#timeline-svg path.goldstein').count() === 1, 'the timeline draws the Goldstein curve');
  await page.screenshot({ path: join(shots, 'timeline.png'), fullPage: true });

  // Map of every event.
  await page.click('#clear');
  await page.click('#tabs button[data-tab=map]');
  await page.waitForSelector('#map-svg circle.place');
  check(await page.locator('#map-svg .countries path').count() > 100, 'the offline basemap draws the countries');
  check(await page.locator('#map-svg circle.place').count() === 4, 'the map shows the 4 places');
  await page.screenshot({ path: join(shots, 'map.png'), fullPage: true });
  await page.locator('#map-svg circle.place', { has: page.locator('title', { hasText: 'Yerevan' }) }).dispatchEvent('click');
  await page.waitForSelector('#tab-events.active');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 2);
  check((await page.inputValue('#filter-form input[name=place_country]')) === 'ARM', 'clicking a place lists its 2 events');

  // Network.
  await page.click('#clear');
  await page.click('#tabs button[data-tab=network]');
  await page.waitForSelector('#network-svg line.edge', { state: 'attached' });
  check(await page.locator('#network-svg line.edge').count() === 5, 'the network draws 5 weighted edges');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(shots, 'network.png'), fullPage: true });

  check(outside.length === 0, `no request left the machine (${outside.join(', ')})`);
  check(problems.length === 0, `no script errors (${problems.join('; ')})`);
} catch (e) {
  console.error(String(e.stack || e));
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
