import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, highlighted, link } from '../dom.js';
import { navigate } from '../app.js';

const PAGE = 10;
const FACETS = [
  ['persons', 'entity'], ['organizations', 'entity'], ['places', 'entity'],
  ['speakers', 'speaker'], ['sources', 'source'], ['categories', 'category'], ['years', 'year'],
];

function withParam(params, name, value, on) {
  const p = new URLSearchParams(params);
  const values = p.getAll(name).filter((v) => v !== value);
  p.delete(name);
  if (on) values.push(value);
  values.forEach((v) => p.append(name, v));
  p.delete('offset');
  return '/?' + p.toString();
}

export async function searchView(params) {
  const q = params.get('q') || '';
  const offset = Number(params.get('offset') || 0);
  const years = params.getAll('year');
  const request = {
    q,
    entity: params.getAll('entity'),
    speaker: params.getAll('speaker'),
    source: params.getAll('source'),
    category: params.getAll('category'),
    from: params.get('from') || (years.length ? `${Math.min(...years)}-01-01` : ''),
    to: params.get('to') || (years.length ? `${Math.max(...years)}-12-31` : ''),
    sort: params.get('sort') || '',
    offset,
    limit: PAGE,
    facets: true,
  };
  const result = await api.search(request);
  const root = h('div', { class: 'search' });
  root.append(searchBar(q, params));
  const active = [];
  for (const [, name] of FACETS) {
    for (const v of params.getAll(name)) active.push(h('span', { class: 'chip' }, link(withParam(params, name, v, false), '✕ ', v)));
  }
  if (active.length) root.append(h('div', { class: 'chips' }, active, link('/?q=' + encodeURIComponent(q), t('facet.clear'))));

  const hits = result.hits;
  const list = h('section', { class: 'results', 'aria-label': 'results' },
    h('p', { class: 'muted' }, `${Number(hits.total).toLocaleString()} ${t('search.results')}`));
  if (!hits.items.length) list.append(h('p', { class: 'empty' }, t('search.none')));
  for (const hit of hits.items) {
    list.append(h('article', { class: 'card hit' },
      h('h2', null, link('/article/' + encodeURIComponent(hit.id), hit.title || hit.id)),
      h('div', { class: 'muted' }, [hit.published, hit.source, hit.category].filter(Boolean).join(' · ')),
      h('p', { class: 'snippet' }, highlighted(hit.snippet || '', hit.highlights))));
  }
  list.append(pager(params, offset, hits.total));
  root.append(h('div', { class: 'layout' }, facets(result.facets, params), list));
  return root;
}

function pager(params, offset, total) {
  const nav = h('nav', { class: 'pager' });
  const at = (o) => {
    const p = new URLSearchParams(params);
    p.set('offset', String(o));
    return '/?' + p.toString();
  };
  if (offset > 0) nav.append(link(at(Math.max(0, offset - PAGE)), t('search.prev')));
  if (total > 0) nav.append(h('span', { class: 'muted' }, `${offset + 1}–${Math.min(offset + PAGE, total)}`));
  if (offset + PAGE < total) nav.append(link(at(offset + PAGE), t('search.next')));
  return nav;
}

function facets(f, params) {
  const aside = h('aside', { class: 'facets card', 'aria-label': 'facets' });
  if (!f) return aside;
  for (const [field, name] of FACETS) {
    const values = f[field] || [];
    if (!values.length) continue;
    const chosen = new Set(params.getAll(name));
    aside.append(h('h3', null, t('facet.' + field)));
    aside.append(h('ul', { 'data-facet': field }, values.slice(0, 10).map((v) => {
      const on = chosen.has(v.value);
      return h('li', { class: on ? 'on' : null },
        link(withParam(params, name, v.value, !on), v.label || v.value),
        h('span', { class: 'count' }, String(v.count)));
    })));
  }
  return aside;
}

export function searchBar(q, params) {
  const input = h('input', {
    type: 'search', name: 'q', value: q, placeholder: t('search.placeholder'), autocomplete: 'off',
    'aria-label': t('search.placeholder'),
  });
  const box = h('ul', { class: 'suggestions', hidden: true, role: 'listbox' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const word = input.value.trim().split(/\s+/).pop() || '';
    if (word.length < 2) {
      box.hidden = true;
      return;
    }
    timer = setTimeout(async () => {
      try {
        const items = await api.suggest(word);
        box.replaceChildren(...items.map((e) => h('li', { role: 'option' },
          link('/entity/' + encodeURIComponent(e.key), e.name, e.latin ? ` (${e.latin})` : '',
            h('span', { class: 'muted' }, ' · ' + t('type.' + e.type))))));
        box.hidden = items.length === 0;
      } catch {
        box.hidden = true;
      }
    }, 150);
  });
  input.addEventListener('blur', () => setTimeout(() => { box.hidden = true; }, 200));
  const form = h('form', { class: 'searchbar', role: 'search' }, input,
    h('button', { type: 'submit', class: 'primary' }, t('search.go')), box);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams(params || '');
    p.set('q', input.value.trim());
    p.delete('offset');
    navigate('/?' + p.toString());
  });
  return form;
}
