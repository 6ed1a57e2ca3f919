import { el } from './api.js';

// A sentence with its words marked: spans are {begin, end, kind} relative to the sentence.
// Overlapping spans keep the first (trigger before actors), so the text is never repeated.
export function highlighted(text, spans) {
  const order = ['trigger', 'source', 'target', 'date'];
  const ok = spans.filter(s => s && s.begin != null && s.end > s.begin && s.begin >= 0 && s.end <= text.length)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const kept = [];
  for (const s of ok) if (!kept.some(k => s.begin < k.end && k.begin < s.end)) kept.push(s);
  kept.sort((a, b) => a.begin - b.begin);
  const p = el('p', { class: 'sentence' });
  let at = 0;
  for (const s of kept) {
    p.append(text.slice(at, s.begin));
    p.append(el('mark', { class: `hl-${s.kind}`, title: s.kind }, text.slice(s.begin, s.end)));
    at = s.end;
  }
  p.append(text.slice(at));
  return p;
}

// A stored mention: offsets are into the article; the sentence starts at sentence_begin.
export function mentionSpans(m) {
  const rel = (b, e, kind) => (b == null ? null : { begin: b - m.sentence_begin, end: e - m.sentence_begin, kind });
  return [rel(m.trigger_begin, m.trigger_end, 'trigger'), rel(m.source_begin, m.source_end, 'source'),
    rel(m.target_begin, m.target_end, 'target'), rel(m.date_begin, m.date_end, 'date')];
}

// An evidence entry of dyad code's JSON: offsets are into the article; the sentence starts at begin.
export function evidenceSpans(ev) {
  const rel = (w, kind) => (w ? { begin: w.begin - ev.begin, end: w.end - ev.begin, kind } : null);
  return [rel(ev.trigger, 'trigger'), rel(ev.source, 'source'), rel(ev.target, 'target'), rel(ev.date, 'date')];
}

export function legend() {
  return el('p', { class: 'legend' }, el('span', {}, el('mark', { class: 'hl-source' }, 'source')),
    el('span', {}, el('mark', { class: 'hl-trigger' }, 'trigger')), el('span', {}, el('mark', { class: 'hl-target' }, 'target')),
    el('span', {}, el('mark', { class: 'hl-date' }, 'date')));
}
