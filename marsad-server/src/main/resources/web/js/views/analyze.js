import { api } from '../api.js';
import { t } from '../i18n.js';
import { clear, h } from '../dom.js';
import { renderAnalysis } from './article.js';

export async function analyzeView() {
  const title = h('input', { class: 'title-input', name: 'title', placeholder: t('analyze.headline'), dir: 'auto' });
  const text = h('textarea', { name: 'text', placeholder: t('analyze.text'), dir: 'auto' });
  const published = h('input', { type: 'date', name: 'published', value: new Date().toISOString().slice(0, 10) });
  const out = h('div', { class: 'analysis-output' });
  const form = h('form', { class: 'card analyze-form' },
    h('h1', null, t('analyze.title')), title, text,
    h('div', { class: 'filters' }, h('label', null, t('analyze.published'), published),
      h('button', { type: 'submit', class: 'primary' }, t('analyze.go'))),
    h('p', { class: 'muted' }, t('analyze.note')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(out).append(h('p', { class: 'muted' }, t('loading')));
    try {
      const a = await api.analyze({ id: 'pasted', title: title.value, text: text.value, published: published.value || null });
      clear(out).append(renderAnalysis(a));
    } catch (err) {
      clear(out).append(h('div', { class: 'error', role: 'alert' }, `${t('error')}: ${err.message}`));
    }
  });
  return h('div', null, form, out);
}
