import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, link } from '../dom.js';
import { networkChart, timelineChart } from '../charts.js';
import { navigate } from '../app.js';

export async function entityView(params, key) {
  const e = await api.entity(key, { interval: params.get('interval') || 'month' });
  const root = h('div', { class: 'entity', 'data-entity-key': e.key });
  root.append(h('section', { class: 'card entity-head' },
    h('h1', null, e.name),
    e.latin ? h('div', { class: 'latin' }, e.latin) : null,
    h('div', { class: 'muted' }, `${t('type.' + e.type)} · ${e.articles} ${t('entity.articles')} · ${e.mentions} ${t('entity.mentionsCount')}`),
    h('p', null, h('strong', null, t('entity.names') + ': '), (e.names || []).map((n) => `${n.text} (${n.count})`).join('، ')),
    (e.titles || []).length ? h('p', null, h('strong', null, t('entity.titles') + ': '), e.titles.map((n) => n.text).join('، ')) : null));

  root.append(h('div', { class: 'grid2' },
    h('section', { class: 'card' }, h('h2', null, t('entity.timeline')), timelineChart(e.timeline || [])),
    h('section', { class: 'card' }, h('h2', null, t('entity.network')),
      networkChart(e, (e.cooccurring || []).slice(0, 12), (x) => navigate('/entity/' + encodeURIComponent(x.key))))));

  const quotes = e.quotes?.items || [];
  root.append(h('section', { class: 'card', 'aria-label': t('entity.quotes') },
    h('h2', null, `${t('entity.quotes')} (${e.quotes?.total ?? 0})`),
    quotes.length ? quotes.map(quoteItem) : h('p', { class: 'empty' }, '—'),
    h('p', null, link('/quotes?speaker=' + encodeURIComponent(e.key), t('entity.allQuotes')))));

  root.append(h('div', { class: 'grid2' },
    relatedList(t('entity.cooccurring'), e.cooccurring),
    relatedList(t('entity.quotedBy'), e.quotedBy),
    relatedList(t('entity.talksAbout'), e.talksAbout)));
  return root;
}

export function quoteItem(q) {
  return h('div', { class: 'quote-item' },
    h('div', null, q.direct ? `«${q.content}»` : q.content),
    h('div', { class: 'meta' },
      q.speakerKey ? link('/entity/' + encodeURIComponent(q.speakerKey), q.speakerName) : (q.speakerName || '—'),
      ' · ', q.cue || '', q.stance ? [' · ', h('span', { class: 'stance stance-' + q.stance }, t('stance.' + q.stance))] : null,
      q.via ? ` · ${t('via')} ${q.via}` : '', ' · ',
      link('/article/' + encodeURIComponent(q.articleId), q.articleTitle || q.articleId), ' · ', q.published || ''));
}

function relatedList(title, items) {
  return h('section', { class: 'card' }, h('h2', null, title),
    (items || []).length
      ? h('ul', null, items.map((x) => h('li', null,
        x.key ? link('/entity/' + encodeURIComponent(x.key), x.name) : x.name, h('span', { class: 'muted' }, ` (${x.count})`))))
      : h('p', { class: 'empty' }, '—'));
}
