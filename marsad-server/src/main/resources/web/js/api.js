// The HTTP API of `marsad serve` (docs/http-api.md). One function per endpoint; errors carry the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(path, options) {
  const res = await fetch(path, options);
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const msg = body && typeof body === 'object' ? (body.message || body.error || JSON.stringify(body)) : String(body);
    throw new ApiError(res.status, msg || res.statusText);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.append(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export const api = {
  search: (p) => request('/api/search' + query(p)),
  suggest: async (prefix) => (await request('/api/entities' + query({ prefix, limit: 8 }))).entities || [],
  article: (id) => request('/api/articles/' + encodeURIComponent(id)),
  entity: (key, p) => request('/api/entities/' + encodeURIComponent(key) + query(p || {})),
  quotes: (p) => request('/api/quotes' + query(p)),
  timeline: (p) => request('/api/timeline' + query(p)),
  stats: () => request('/api/stats'),
  analyze: (article) => request('/api/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(article),
  }),
};
