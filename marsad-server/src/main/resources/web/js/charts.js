// Small SVG pictures drawn here, so the page needs no chart library and no network.
const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Months or years with no article are still periods on the axis: fill them with zero. */
export function fillGaps(buckets) {
  if (buckets.length < 2) return buckets;
  const sorted = [...buckets].sort((a, b) => a.period.localeCompare(b.period));
  const byPeriod = new Map(sorted.map((b) => [b.period, b.count]));
  const first = sorted[0].period;
  const last = sorted[sorted.length - 1].period;
  const out = [];
  if (/^\d{4}$/.test(first) && /^\d{4}$/.test(last)) {
    for (let y = Number(first); y <= Number(last) && out.length < 500; y++) out.push({ period: String(y), count: byPeriod.get(String(y)) || 0 });
    return out;
  }
  if (/^\d{4}-\d{2}$/.test(first) && /^\d{4}-\d{2}$/.test(last)) {
    let [y, m] = first.split('-').map(Number);
    while (out.length < 600) {
      const p = `${y}-${String(m).padStart(2, '0')}`;
      out.push({ period: p, count: byPeriod.get(p) || 0 });
      if (p === last) return out;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  return sorted;
}

/** Bars of counts per period, oldest on the left whatever the page direction. */
export function timelineChart(raw, { width = 560, height = 180 } = {}) {
  const buckets = fillGaps(raw);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'timeline', direction: 'ltr' });
  if (!buckets.length) return svg;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const pad = 24;
  const bw = (width - 2 * pad) / buckets.length;
  buckets.forEach((b, i) => {
    const bh = ((height - 2 * pad) * b.count) / max;
    const x = pad + i * bw;
    const rect = s('rect', { x: x + 1, y: height - pad - bh, width: Math.max(1, bw - 2), height: bh, fill: '#0f5c8c', 'data-period': b.period });
    rect.append(s('title', {}, `${b.period}: ${b.count}`));
    svg.append(rect);
  });
  svg.append(s('text', { x: pad, y: height - 6, 'font-size': 11, fill: '#5d6677' }, buckets[0].period));
  svg.append(s('text', { x: width - pad, y: height - 6, 'font-size': 11, fill: '#5d6677', 'text-anchor': 'end' }, buckets[buckets.length - 1].period));
  svg.append(s('text', { x: pad, y: 14, 'font-size': 11, fill: '#5d6677' }, `max ${max}`));
  return svg;
}

const COLORS = { PERS: '#b5475a', ORG: '#2f7d4f', LOC: '#8a5a12', MISC: '#6b4fa3' };

/** The entity in the middle, those it appears with around it; line width by shared articles. */
export function networkChart(center, related, onClick, { size = 420 } = {}) {
  const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, width: '100%', role: 'img', class: 'network' });
  const c = size / 2;
  const r = size / 2 - 60;
  const max = Math.max(...related.map((x) => x.count), 1);
  related.forEach((x, i) => {
    const a = (2 * Math.PI * i) / related.length - Math.PI / 2;
    const px = c + r * Math.cos(a);
    const py = c + r * Math.sin(a);
    svg.append(s('line', { x1: c, y1: c, x2: px, y2: py, stroke: '#9aa5b5', 'stroke-width': 1 + (5 * x.count) / max }));
    const g = s('g', { class: 'node', 'data-key': x.key || '' });
    g.append(s('circle', { cx: px, cy: py, r: 7, fill: COLORS[x.type] || '#888' }));
    g.append(s('text', { x: px, y: py - 11, 'font-size': 12, 'text-anchor': 'middle' }, x.name));
    g.append(s('title', {}, `${x.name} (${x.count})`));
    if (x.key && onClick) {
      g.style.cursor = 'pointer';
      g.addEventListener('click', () => onClick(x));
    }
    svg.append(g);
  });
  svg.append(s('circle', { cx: c, cy: c, r: 11, fill: COLORS[center.type] || '#14213d' }));
  svg.append(s('text', { x: c, y: c + 28, 'font-size': 14, 'font-weight': 700, 'text-anchor': 'middle' }, center.name));
  return svg;
}
