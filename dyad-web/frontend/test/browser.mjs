// Drives the page as a person would, in the system's headless Chromium (no browser download):
// paste an article and see its events, filter to a dyad, open an event and see highlighted
// evidence, check that the timeline, map and network render, and find actors by name in the
// actor box. Any request to another host than the server is aborted, so the page is proven to
// work offline.
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
const faked = new Set(); // answers this test makes up on purpose (an API error): not problems
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
  page.on('console', m => { if (m.type() === 'error' && !faked.has(m.location().url)) problems.push(m.text()); });
  // The actor box aborts a lookup that newer typing has made useless: that is no failure.
  page.on('requestfailed', r => {
    if (!(r.url().includes('/api/actors?') && r.failure()?.errorText === 'net::ERR_ABORTED')) problems.push(`${r.url()} failed`);
  });
  page.on('response', r => { if (r.status() >= 400 && !faked.has(r.url())) problems.push(`${r.url()}: HTTP ${r.status()}`); });
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

  // The actor box: type part of a name, pick the suggestion with the keyboard, the table keeps that actor.
  await page.click('#clear');
  await page.click('#tabs button[data-tab=events]');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 5);
  const lookups = [];
  page.on('request', r => { if (r.url().includes('/api/actors?')) lookups.push(new URL(r.url()).searchParams.get('q')); });
  await page.locator('#actor').pressSequentially('Bayram', { delay: 40 });
  await page.waitForSelector('#actor-options [role=option]');
  const offered = (await page.locator('#actor-options [role=option]').allInnerTexts()).map(o => o.replace(/\s+/g, ' '));
  check(offered.length === 1 && offered[0].includes('AZEGOV') && offered[0].includes('Jeyhun Bayramov')
    && offered[0].includes('2 events'), `"Bayram" suggests AZEGOV, Jeyhun Bayramov, 2 events (${offered.join(' | ')})`);
  check(lookups.length < 6 && lookups.at(-1) === 'Bayram', `typing 6 letters asked the server ${lookups.length} time(s), last for the whole text`);
  check(await page.getAttribute('#actor', 'aria-expanded') === 'true', 'the combobox says its list is open');
  await page.keyboard.press('ArrowDown');
  check(await page.getAttribute('#actor', 'aria-activedescendant') === 'actor-option-0'
    && await page.getAttribute('#actor-option-0', 'aria-selected') === 'true', 'the down arrow selects the suggestion');
  await page.screenshot({ path: join(shots, 'actor-suggestions.png'), fullPage: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 2);
  const azegov = await page.locator('#events tbody tr').allInnerTexts();
  check(await page.inputValue('#actor') === 'AZEGOV' && azegov.every(r => r.includes('AZEGOV')),
    'Enter puts the code in the box and the table keeps the 2 AZEGOV events');
  check(await page.locator('#actor-options').isHidden() && await page.getAttribute('#actor', 'aria-expanded') === 'false',
    'the list closes after the pick');
  await page.screenshot({ path: join(shots, 'actor-picked.png'), fullPage: true });
  await page.locator('#actor').pressSequentially(', Fidan');
  const both = page.waitForResponse(r => r.url().includes('/api/events?') && r.url().includes('TURGOV'));
  await page.click('#actor-options [role=option][data-code=TURGOV]');
  await both;
  check(await page.inputValue('#actor') === 'AZEGOV, TURGOV', 'after a comma the next pick adds a code (AZEGOV, TURGOV)');

  // A slow answer for text since typed on is dropped; a click picks; two words can be country and sector.
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 5);
  await page.route('**/api/actors?*', async route => {
    if (new URL(route.request().url()).searchParams.get('q') === 'Ru') await new Promise(r => setTimeout(r, 1500));
    try { await route.continue(); } catch { /* the page aborted it: the text had changed */ }
  });
  lookups.length = 0;
  const slow = page.waitForRequest(r => r.url().includes('/api/actors?') && r.url().includes('q=Ru'));
  await page.locator('#actor').pressSequentially('Ru', { delay: 40 });
  await slow;
  await page.locator('#actor').pressSequentially('ssian forces', { delay: 40 });
  await page.waitForSelector('#actor-options [role=option][data-code=RUSMIL]');
  await page.waitForTimeout(1700);
  const forces = await page.$$eval('#actor-options [role=option]', os => os.map(o => o.dataset.code));
  check(forces.join() === 'RUSMIL', `"Russian forces" suggests RUSMIL only, and the slow answer for "Ru" never shows (${forces})`);
  check(lookups.length <= 4, `typing 14 letters asked the server ${lookups.length} times`);
  await page.click('#actor-options [data-code=RUSMIL]');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1);
  check((await page.locator('#events tbody tr').innerText()).includes('RUSMIL') && await page.inputValue('#actor') === 'RUSMIL',
    'a click on the suggestion filters the table to RUSMIL');
  await page.unroute('**/api/actors?*');

  // A code typed whole and Enter still filters; text that matches nothing says so.
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 5);
  await page.locator('#actor').pressSequentially('ARMMIL');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1);
  check((await page.locator('#events tbody tr').innerText()).includes('ARMMIL'), 'a typed code and Enter filter as before');
  await page.click('#clear');
  await page.locator('#actor').pressSequentially('Zzyzx');
  await page.waitForFunction(() => document.getElementById('actor-note').textContent.includes('No actor matches'));
  check(await page.locator('#actor-options').isHidden(), 'text that matches no actor says so, with no list');

  // Names are shown as text, never as HTML; an API error is shown, not swallowed.
  await page.click('#clear');
  await page.route('**/api/actors?*', route => {
    faked.add(route.request().url());
    const q = new URL(route.request().url()).searchParams.get('q');
    if (q === 'Xs') {
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ actors: [{
        code: 'XSS', name: '<img src=x onerror="window.owned=1">', match: null, country: null, sector: null, org: null,
        events: 1, as_source: 1, as_target: 0 }] }) });
    }
    return route.fulfill({ status: 503, contentType: 'application/json',
      body: JSON.stringify({ status: 503, error: 'Unavailable', message: 'the database is locked' }) });
  });
  await page.locator('#actor').pressSequentially('Xs');
  await page.waitForSelector('#actor-options [role=option]');
  check(await page.locator('#actor-options img').count() === 0
    && (await page.locator('#actor-options').innerText()).includes('<img src=x'), 'a name with markup is shown as text');
  await page.fill('#actor', '');
  await page.locator('#actor').pressSequentially('Bay');
  await page.waitForFunction(() => document.getElementById('actor-note').textContent.includes('the database is locked'));
  check(await page.locator('#actor-note.error').count() === 1, 'an API error is shown under the box');
  await page.unroute('**/api/actors?*');
  check(await page.evaluate(() => window.owned === undefined), 'no script from a name ran');

  check(outside.length === 0, `no request left the machine (${outside.join(', ')})`);
  check(problems.length === 0, `no script errors (${problems.join('; ')})`);
} catch (e) {
  console.error(String(e.stack || e));
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
