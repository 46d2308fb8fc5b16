import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, link } from '../dom.js';
import { navigate } from '../app.js';

const STANCES = ['assert', 'deny', 'allege', 'announce', 'warn', 'other'];
const PAGE = 50;

function field(name, label, value, type = 'text') {
  return h('label', null, label, h('input', { name, value: value || '', type }));
}

export async function quotesView(params) {
  const p = {
    speaker: params.get('speaker'), about: params.get('about'), q: params.get('q'), source: params.get('source'),
    stance: params.get('stance'), from: params.get('from'), to: params.get('to'),
    offset: Number(params.get('offset') || 0), limit: PAGE,
  };
  const page = await api.quotes(p);
  const stance = h('select', { name: 'stance' }, h('option', { value: '' }, t('quotes.any')),
    STANCES.map((s) => h('option', { value: s, selected: p.stance === s }, t('stance.' + s))));
  const form = h('form', { class: 'filters card' },
    field('speaker', t('quotes.speaker'), p.speaker), field('q', t('quotes.text'), p.q),
    h('label', null, t('quotes.stance'), stance), field('source', t('quotes.source'), p.source),
    field('from', t('quotes.from'), p.from, 'date'), field('to', t('quotes.to'), p.to, 'date'),
    h('button', { type: 'submit', class: 'primary' }, t('quotes.filter')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) q.set(k, String(v).trim());
    if (p.about) q.set('about', p.about);
    navigate('/quotes?' + q.toString());
  });
  const items = page.items || [];
  const exportBar = h('div', { class: 'chips' },
    h('button', { type: 'button', onclick: () => download('quotes.csv', 'text/csv', toCsv(items)) }, t('quotes.csv')),
    h('button', { type: 'button', onclick: () => download('quotes.json', 'application/json', JSON.stringify(items, null, 2)) }, t('quotes.json')),
    h('span', { class: 'muted' }, `${page.total} ${t('search.results')}`));
  const tableEl = h('table', { class: 'quotes card' },
    h('thead', null, h('tr', null, [t('col.speaker'), t('col.cue'), t('col.stance'), t('col.content'), t('col.article'), t('col.date')].map((x) => h('th', null, x)))),
    h('tbody', null, items.map((q) => h('tr', null,
      h('td', null, q.speakerKey ? link('/entity/' + encodeURIComponent(q.speakerKey), q.speakerName) : (q.speakerName || '—'),
        q.via ? h('div', { class: 'muted' }, `${t('via')} ${q.via}`) : null),
      h('td', null, q.cue || '—'),
      h('td', null, q.stance ? h('span', { class: 'stance stance-' + q.stance }, t('stance.' + q.stance)) : '—'),
      h('td', null, q.content),
      h('td', null, link('/article/' + encodeURIComponent(q.articleId), q.articleTitle || q.articleId), h('div', { class: 'muted' }, q.source || '')),
      h('td', { dir: 'ltr' }, q.published || '')))));
  const nav = h('nav', { class: 'pager' });
  const at = (o) => {
    const q = new URLSearchParams(params);
    q.set('offset', String(o));
    return '/quotes?' + q.toString();
  };
  if (p.offset > 0) nav.append(link(at(Math.max(0, p.offset - PAGE)), t('search.prev')));
  if (p.offset + PAGE < page.total) nav.append(link(at(p.offset + PAGE), t('search.next')));
  return h('div', { class: 'quotes-explorer' }, h('h1', null, t('quotes.title')), form, exportBar,
    items.length ? tableEl : h('p', { class: 'empty' }, t('search.none')), nav);
}

function csvCell(v) {
  const s = v === null || v === undefined ? '' : String(v);
  // a leading = + - @ would make a spreadsheet run it as a formula
  const safe = /^[=+\-@]/.test(s) ? "'" + s : s;
  return '"' + safe.replace(/"/g, '""') + '"';
}

export function toCsv(items) {
  const cols = ['published', 'speakerName', 'speakerKind', 'speakerKey', 'cue', 'stance', 'direct', 'via', 'content', 'articleId', 'articleTitle', 'source'];
  return '\uFEFF' + [cols.join(','), ...items.map((q) => cols.map((c) => csvCell(q[c])).join(','))].join('\r\n');
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
