// The HTTP API as the page uses it: JSON in, JSON out, errors as thrown Error with the server's message.
// `init` goes to fetch (a `signal` to abort a request no longer wanted).
export async function getJson(path, params = {}, init = {}) {
  const url = new URL(path, location.href);
  for (const [k, v] of Object.entries(params)) {
    if (v !== '' && v != null && v !== false) url.searchParams.set(k, v);
  }
  return handle(await fetch(url, init));
}

export async function postText(path, body, params = {}) {
  const url = new URL(path, location.href);
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  return handle(await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body }));
}

async function handle(res) {
  let json;
  try {
    json = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    // Not the API's JSON (a proxy's error page, a cut connection): say what came back.
    throw new Error(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}: not a JSON answer`);
  }
  if (!res.ok) throw new Error(json.message || `HTTP ${res.status}`);
  return json;
}

export const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
export const QUAD_COLOURS = { 1: '#7fbf7b', 2: '#1b7837', 3: '#f4a582', 4: '#b2182b' };

// Creates an element with attributes and children (text is always set as text, never parsed as HTML).
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : String(c));
  return e;
}
