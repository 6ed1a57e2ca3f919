import { loadEvents, initPager } from './events.js';
import { initPaste } from './paste.js';
import { drawTimeline } from './timeline.js';
import { drawMap } from './map.js';
import { drawNetwork } from './network.js';
import { initActorBox } from './actors.js';

// The page: one filter (the search bar plus the side form) shared by every view.
const form = document.getElementById('filter-form');
let tab = 'events';

function filter() {
  const f = Object.fromEntries(new FormData(form).entries());
  f.directed = form.elements.directed.checked ? 'true' : '';
  f.text = document.getElementById('q').value.trim();
  return f;
}

function refresh() {
  const f = filter();
  if (tab === 'events') loadEvents(f);
  if (tab === 'timeline') drawTimeline(f);
  if (tab === 'map') drawMap(f, p => { form.elements.place_country.value = p.country ?? ''; form.elements.place.value = p.approximate ? '' : (p.place ?? ''); show('events'); });
  if (tab === 'network') drawNetwork(f, a => { form.elements.actor.value = a; show('events'); });
}

function show(name) {
  tab = name;
  document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('.tab').forEach(s => s.classList.toggle('active', s.id === `tab-${name}`));
  if (name !== 'code') refresh();
}

document.querySelectorAll('#tabs button').forEach(b => b.addEventListener('click', () => show(b.dataset.tab)));
form.addEventListener('submit', e => { e.preventDefault(); refresh(); });
form.addEventListener('reset', () => setTimeout(refresh, 0));
document.getElementById('search').addEventListener('submit', e => { e.preventDefault(); refresh(); });
document.getElementById('period').addEventListener('change', refresh);
initActorBox(form.elements.actor, document.getElementById('actor-options'), document.getElementById('actor-note'), refresh);
initPager();
initPaste();
refresh();
