import { getJson, el } from './api.js';

// The actor filter box as an ARIA combobox: type part of a name or code ("Bayramov", "Kenyan
// police", "IGOUN") and pick one of the actors /api/actors suggests, or type codes and press Enter.
// The box may hold several codes separated by commas; suggestions are for the text after the last
// comma, and a pick replaces that text with the code.

const DELAY_MS = 200;
const MIN_CHARS = 2;
const LIMIT = 10;
const SECTORS = {
  GOV: 'government', MIL: 'military', COP: 'police', SPY: 'intelligence', JUD: 'judiciary', LEG: 'legislature',
  OPP: 'opposition', PTY: 'party', REB: 'rebels', CVL: 'civilians', MED: 'media', BUS: 'business',
  HRI: 'human rights', REF: 'refugees', EDU: 'education', LAB: 'labour', REL: 'religion', ELI: 'elites',
  CRM: 'criminals',
};

/**
 * Wires the box: `input` is the combobox, `list` its listbox, `note` where "no match" and errors
 * are written; `onPick(code)` runs after a suggestion is taken.
 */
export function initActorBox(input, list, note, onPick) {
  let timer = 0;
  let request = null; // the AbortController of the lookup in flight
  let generation = 0; // bumped by every new lookup or cancel: an answer for an older one is dropped
  let actors = []; // the suggestions in the list
  let shownFor = null; // the text they are for
  let active = -1;

  const term = () => input.value.slice(input.value.lastIndexOf(',') + 1).trim();

  function say(text, kind = '') {
    note.textContent = text;
    note.className = `note ${kind}`.trim();
  }

  function cancel() {
    clearTimeout(timer);
    timer = 0;
    generation++;
    if (request) request.abort();
    request = null;
    input.removeAttribute('aria-busy');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  async function lookup(text) {
    cancel();
    const mine = generation;
    request = new AbortController();
    input.setAttribute('aria-busy', 'true');
    try {
      const found = (await getJson('api/actors', { q: text, limit: LIMIT }, { signal: request.signal })).actors;
      if (mine !== generation) return;
      show(found, text);
    } catch (e) {
      if (mine !== generation || e.name === 'AbortError') return;
      forget();
      say(`Actor search failed: ${e.message}`, 'error');
    } finally {
      if (mine === generation) {
        request = null;
        input.removeAttribute('aria-busy');
      }
    }
  }

  function show(found, text) {
    actors = found;
    shownFor = text;
    list.replaceChildren(...found.map(option));
    if (!found.length) {
      close();
      say(`No actor matches “${text}”. Try another name, or type a code (AZEGOV, TUR, UN) and press Enter.`, 'none');
      return;
    }
    say('');
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    select(-1);
  }

  function option(a, i) {
    const primary = a.match ?? a.name ?? '';
    const details = [a.name && a.name !== primary ? a.name : null, SECTORS[a.sector], a.org].filter(Boolean).join(' · ');
    return el('li', {
      id: `actor-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-code': a.code,
      title: `${a.as_source} as source, ${a.as_target} as target`,
      onmousemove: () => { if (active !== i) select(i); },
      onclick: () => pick(a),
    },
    el('span', { class: 'opt-code' }, a.code), el('span', { class: 'opt-name' }, primary),
    el('span', { class: 'opt-count' }, `${a.events} ${a.events === 1 ? 'event' : 'events'}`),
    details ? el('span', { class: 'opt-detail' }, details) : null);
  }

  function forget() {
    actors = [];
    shownFor = null;
    list.replaceChildren();
    close();
  }

  function select(i) {
    active = i;
    [...list.children].forEach((li, j) => {
      li.setAttribute('aria-selected', String(j === i));
      li.classList.toggle('active', j === i);
    });
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `actor-option-${i}`);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(a) {
    cancel();
    close();
    const codes = input.value.split(',').slice(0, -1).map(s => s.trim()).filter(Boolean);
    input.value = [...codes, a.code].join(', ');
    say('');
    onPick(a.code);
  }

  input.addEventListener('input', () => {
    cancel();
    say('');
    const text = term();
    if (text.length < MIN_CHARS) { forget(); return; }
    select(-1); // the list stays until the new one comes, but Enter now means the text as typed
    timer = setTimeout(() => { timer = 0; lookup(text); }, DELAY_MS);
  });

  input.addEventListener('keydown', e => {
    const open = !list.hidden;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!actors.length || shownFor !== term()) return;
        e.preventDefault();
        if (!open) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        const step = e.key === 'ArrowDown' ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : actors.length - 1) : (active + step + actors.length) % actors.length);
        break;
      }
      case 'Enter':
        if (open && active >= 0) {
          e.preventDefault();
          pick(actors[active]);
        } else {
          // The box's text as it is (codes): the form is submitted as before.
          cancel();
          close();
        }
        break;
      case 'Escape':
        if (open || timer || request) {
          e.preventDefault();
          cancel();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
    }
  });

  list.addEventListener('mousedown', e => e.preventDefault()); // a click in the list keeps the focus in the box
  input.addEventListener('blur', () => { cancel(); close(); });
  input.form.addEventListener('reset', () => { cancel(); forget(); say(''); });
}
