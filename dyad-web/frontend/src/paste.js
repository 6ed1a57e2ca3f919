import { postText, el, QUADS } from './api.js';
import { highlighted, evidenceSpans, legend } from './highlight.js';

// The paste box: codes the text without storing it and shows each event with its evidence.
export function initPaste() {
  document.getElementById('code').addEventListener('click', async () => {
    const out = document.getElementById('coded');
    const text = document.getElementById('article').value;
    out.replaceChildren(el('p', {}, 'Coding…'));
    try {
      const res = await postText('api/code', text, { date: document.getElementById('article-date').value });
      if (!res.events.length) { out.replaceChildren(el('p', { class: 'none' }, 'No events found in this text.')); return; }
      out.replaceChildren(el('p', {}, `${res.events.length} events`), legend(), ...res.events.map(card));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error' }, e.message));
    }
  });
}

function card(e) {
  const who = a => (a ? `${a.code}${a.name ? ' (' + a.name + ')' : ''}` : '—');
  return el('div', { class: 'coded-event' },
    el('div', {}, el('span', { class: `quad quad-${e.quad}`, title: QUADS[e.quad] }, e.quad), ' ',
      el('strong', { class: 'event-line' }, `${who(e.source)} — ${e.cameo} ${e.event} — ${who(e.target)}`),
      ` ${e.plover}, Goldstein ${e.goldstein}, ${e.date ?? 'date unknown'}${e.place ? ', ' + e.place.name : ''}`),
    ...e.evidence.map(ev => highlighted(ev.text, evidenceSpans(ev))));
}
