import { getJson, el, QUADS } from './api.js';
import { highlighted, mentionSpans, legend } from './highlight.js';

const PAGE = 25;
let offset = 0;
let current = {};
let latest = 0; // the last load asked for: an answer to an earlier one (slower) is dropped

// Loads the events table for a filter (a fresh filter starts at the first page).
export async function loadEvents(filter, keepPage = false) {
  current = filter;
  if (!keepPage) offset = 0;
  const mine = ++latest;
  const status = document.getElementById('status');
  const body = document.querySelector('#events tbody');
  try {
    const page = await getJson('api/events', { ...filter, limit: PAGE, offset });
    if (mine !== latest) return;
    body.replaceChildren(...page.events.map(row));
    const last = Math.min(offset + PAGE, page.total);
    document.getElementById('page-info').textContent = page.total ? `${offset + 1}–${last} of ${page.total}` : 'no events';
    document.getElementById('prev').disabled = offset === 0;
    document.getElementById('next').disabled = last >= page.total;
    status.textContent = `${page.total} events`;
    status.classList.remove('error');
  } catch (e) {
    if (mine !== latest) return;
    body.replaceChildren();
    status.textContent = e.message;
    status.classList.add('error');
  }
}

export function initPager() {
  document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); loadEvents(current, true); });
  document.getElementById('next').addEventListener('click', () => { offset += PAGE; loadEvents(current, true); });
}

function actor(code, name) {
  return code ? el('span', { title: name || '' }, code, name ? el('small', {}, ` ${name}`) : null) : '—';
}

function row(e) {
  const tr = el('tr', { 'data-id': e.id, onclick: () => showEvent(e.id) },
    el('td', {}, e.date ?? '?'), el('td', {}, actor(e.source, e.source_name)),
    el('td', {}, `${e.cameo} ${e.event}`), el('td', {}, actor(e.target, e.target_name)),
    el('td', {}, el('span', { class: `quad quad-${e.quad}`, title: QUADS[e.quad] }, e.quad)),
    el('td', {}, e.goldstein), el('td', {}, e.place ?? ''), el('td', {}, e.mentions));
  return tr;
}

// The event's coded fields and every report of it, each sentence with its words highlighted.
export async function showEvent(id) {
  const box = document.getElementById('detail');
  box.hidden = false;
  try {
    const e = await getJson(`api/events/${id}`);
    const field = (k, v) => [el('dt', {}, k), el('dd', {}, v ?? '—')];
    box.replaceChildren(
      el('h3', {}, `Event ${e.id}: ${e.source ?? ''} → ${e.event} → ${e.target ?? '(none)'}`),
      el('dl', {}, ...field('Date', `${e.date ?? 'unknown'} (${e.date_source})`),
        ...field('Source', `${e.source} ${e.source_name ?? ''}`), ...field('Target', e.target ? `${e.target} ${e.target_name ?? ''}` : null),
        ...field('CAMEO', `${e.cameo} ${e.event} (root ${e.root})`), ...field('PLOVER', `${e.plover}${e.plover_mode ? ' / ' + e.plover_mode : ''}`),
        ...field('Quad class', `${e.quad} ${QUADS[e.quad]}`), ...field('Goldstein', e.goldstein),
        ...field('Place', e.place ? `${e.place} (${e.place_country ?? '?'})` : null),
        ...field('Reported', `${e.mentions} mentions in ${e.articles} articles from ${e.sources} sources`)),
      el('h4', {}, 'Reports'), legend(),
      ...e.reports.map(m => el('div', { class: 'evidence', 'data-mention': m.id },
        el('div', {}, el('strong', {}, m.title || m.doc), ` ${m.publisher ?? ''} ${m.published ?? ''} `,
          m.url ? el('a', { href: m.url, rel: 'noopener noreferrer', target: '_blank' }, 'article') : null),
        highlighted(m.text, mentionSpans(m)))));
  } catch (err) {
    box.replaceChildren(el('p', { class: 'error' }, err.message));
  }
}
