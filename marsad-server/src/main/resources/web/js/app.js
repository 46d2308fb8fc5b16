import { api } from './api.js';
import { applyLang, currentLang, setLang, t } from './i18n.js';
import { clear, h } from './dom.js';
import { searchView } from './views/search.js';
import { articleView } from './views/article.js';
import { entityView } from './views/entity.js';
import { quotesView } from './views/quotes.js';
import { analyzeView } from './views/analyze.js';

const routes = [
  [/^\/$/, () => searchView],
  [/^\/article\/(.+)$/, () => articleView],
  [/^\/entity\/(.+)$/, () => entityView],
  [/^\/quotes\/?$/, () => quotesView],
  [/^\/analyze\/?$/, () => analyzeView],
];

export function navigate(href, replace = false) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  render();
}

async function render() {
  const main = document.getElementById('view');
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  for (const [re, view] of routes) {
    const m = path.match(re);
    if (m) {
      clear(main).append(h('p', { class: 'muted' }, t('loading')));
      try {
        const args = m.slice(1).map(decodeURIComponent);
        const node = await view()(params, ...args);
        clear(main).append(node);
      } catch (e) {
        clear(main).append(h('div', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`));
      }
      window.scrollTo(0, 0);
      return;
    }
  }
  clear(main).append(h('div', { class: 'error' }, t('notfound')));
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-link]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', render);

document.getElementById('lang-toggle').addEventListener('click', () => {
  setLang(currentLang() === 'ar' ? 'en' : 'ar');
  render();
  showStats();
});

async function showStats() {
  try {
    const s = await api.stats();
    document.getElementById('stats').textContent = `— ${Number(s.articles).toLocaleString()} ${t('stats')}`;
  } catch {
    // the footer count is a nicety; the page works without it
  }
}

applyLang();
render();
showStats();
