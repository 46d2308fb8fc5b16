import { api } from '../api.js';
import { t } from '../i18n.js';
import { codePointIndex, h, link } from '../dom.js';

export async function articleView(params, id) {
  const stored = await api.article(id);
  return renderAnalysis(stored.analysis || stored);
}

/** The article with its facts marked in place, and the facts beside it as tables. Used by the analyze box too. */
export function renderAnalysis(a) {
  const keyOf = new Map((a.entities || []).map((e) => [e.id, e]));
  const root = h('div', { class: 'article-layout' });
  const body = h('article', { class: 'card', 'data-article': a.id });
  body.append(h('div', { class: 'legend' },
    ['PERS', 'ORG', 'LOC'].map((ty) => h('span', { class: 'ent ent-' + ty }, t('type.' + ty))),
    h('span', { class: 'q' }, t('legend.quote')), h('span', { class: 'date' }, t('legend.date'))));
  body.append(h('h1', { class: 'article-title', dir: 'rtl' }, marked(a, 'title', keyOf)));
  body.append(h('div', { class: 'muted' }, [a.published, a.source].filter(Boolean).join(' · ')));
  body.append(h('div', { class: 'article-text', dir: 'rtl' }, marked(a, 'text', keyOf)));
  root.append(body, facts(a, keyOf));
  return root;
}

function entityHref(e) {
  return e && e.key ? '/entity/' + encodeURIComponent(e.key) : null;
}

function quoteTitle(q) {
  return [
    `${t('col.speaker')}: ${q.speaker?.name ?? '—'}`,
    `${t('col.cue')}: ${q.cue?.text ?? '—'}`,
    `${t('col.stance')}: ${q.stance ? t('stance.' + q.stance) : '—'}`,
    q.via ? `${t('col.via')}: ${q.via}` : null,
    q.medium ? q.medium : null,
  ].filter(Boolean).join('\n');
}

/** Splits one field at every annotation boundary and nests quote › entity/date/cue for each piece. */
function marked(a, field, keyOf) {
  const text = a[field] || '';
  const u = codePointIndex(text);
  const anns = [];
  for (const e of a.entities || []) {
    for (const m of e.mentions || []) if (m.field === field) anns.push({ s: u(m.start), e: u(m.end), kind: 'ent', ent: e });
  }
  (a.quotes || []).forEach((q, i) => {
    if (q.content?.field === field) anns.push({ s: u(q.content.start), e: u(q.content.end), kind: 'quote', q, i });
    if (q.cue?.field === field) anns.push({ s: u(q.cue.start), e: u(q.cue.end), kind: 'cue', q });
  });
  for (const d of a.dates || []) if (d.field === field) anns.push({ s: u(d.start), e: u(d.end), kind: 'date', d });
  const cuts = new Set([0, text.length]);
  for (const x of anns) {
    cuts.add(x.s);
    cuts.add(x.e);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    let node = document.createTextNode(text.slice(s, e));
    const here = anns.filter((x) => x.s <= s && x.e >= e);
    const inner = here.find((x) => x.kind === 'ent') || here.find((x) => x.kind === 'date') || here.find((x) => x.kind === 'cue');
    if (inner?.kind === 'ent') {
      const href = entityHref(inner.ent);
      node = h(href ? 'a' : 'span', {
        class: 'ent ent-' + inner.ent.type, href, 'data-link': href ? true : null,
        title: [inner.ent.name, inner.ent.latin, t('type.' + inner.ent.type)].filter(Boolean).join(' · '),
        'data-entity': inner.ent.id,
      }, node);
    } else if (inner?.kind === 'date') {
      node = h('span', { class: 'date', title: inner.d.value, 'data-value': inner.d.value }, node);
    } else if (inner?.kind === 'cue') {
      node = h('span', { class: 'cue', title: quoteTitle(inner.q) }, node);
    }
    const quote = here.find((x) => x.kind === 'quote');
    if (quote) {
      const sp = quote.q.speaker?.entity ? keyOf.get(quote.q.speaker.entity) : null;
      node = h('mark', {
        class: 'q' + (quote.q.direct ? '' : ' indirect'), title: quoteTitle(quote.q), 'data-quote': String(quote.i),
        'data-speaker': quote.q.speaker?.name ?? '', 'data-speaker-key': sp?.key ?? null,
      }, node);
    }
    out.push(node);
  }
  return out;
}

function table(headers, rows) {
  return h('table', { class: 'facts' },
    h('thead', null, h('tr', null, headers.map((x) => h('th', null, x)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))));
}

function facts(a, keyOf) {
  const aside = h('aside', { class: 'card facts-section', 'aria-label': t('article.facts') }, h('h2', null, t('article.facts')));
  const ents = a.entities || [];
  aside.append(h('h3', null, `${t('article.entities')} (${ents.length})`));
  aside.append(table([t('col.name'), t('col.type'), t('col.latin'), t('col.mentions')], ents.map((e) => [
    entityHref(e) ? link(entityHref(e), e.name) : e.name,
    t('type.' + e.type),
    h('span', { dir: 'ltr' }, e.latin || ''),
    String((e.mentions || []).length) + ((e.titles || []).length ? ' · ' + e.titles.join('، ') : ''),
  ])));
  const quotes = a.quotes || [];
  aside.append(h('h3', null, `${t('article.quotes')} (${quotes.length})`));
  aside.append(table([t('col.speaker'), t('col.cue'), t('col.content')], quotes.map((q) => {
    const sp = q.speaker?.entity ? keyOf.get(q.speaker.entity) : null;
    const who = sp && entityHref(sp) ? link(entityHref(sp), q.speaker.name) : (q.speaker?.name ?? '—');
    return [
      h('span', null, who, q.via ? h('div', { class: 'muted' }, `${t('via')} ${q.via}`) : null),
      h('span', null, q.cue?.text ?? '—', q.stance ? h('div', null, h('span', { class: 'stance stance-' + q.stance }, t('stance.' + q.stance))) : null),
      (q.content?.text || '').length > 140 ? q.content.text.slice(0, 140) + '…' : (q.content?.text || ''),
    ];
  })));
  const dates = a.dates || [];
  aside.append(h('h3', null, `${t('article.dates')} (${dates.length})`));
  aside.append(table([t('col.text'), t('col.value')], dates.map((d) => [d.text, h('span', { dir: 'ltr' }, d.value + (d.end_value ? ' – ' + d.end_value : ''))])));
  const qty = a.quantities || [];
  if (qty.length) {
    aside.append(h('h3', null, `${t('article.quantities')} (${qty.length})`));
    aside.append(table([t('col.text'), t('col.value')], qty.map((x) => [x.text, `${x.value} ${x.unit || ''}`])));
  }
  return aside;
}
