// Every element is built with createElement and every piece of article text goes in as a text node:
// nothing from the archive is ever parsed as HTML, so <script> in an article shows as text.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** An in-app link: navigation goes through the router, not a page load. */
export function link(href, ...children) {
  return h('a', { href, 'data-link': true }, ...children);
}

/** Text with highlighted stretches given as [start, end) UTF-16 offsets. */
export function highlighted(text, ranges) {
  const out = [];
  let pos = 0;
  for (const r of [...(ranges || [])].sort((a, b) => a.start - b.start)) {
    if (r.start < pos || r.end > text.length || r.end <= r.start) continue;
    out.push(text.slice(pos, r.start), h('mark', null, text.slice(r.start, r.end)));
    pos = r.end;
  }
  out.push(text.slice(pos));
  return out;
}

/** Maps code point offsets (the contract's) to UTF-16 offsets (JavaScript's). */
export function codePointIndex(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
}
