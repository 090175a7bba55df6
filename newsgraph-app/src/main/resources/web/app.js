// newsgraph web page: a hash-routed view over the JSON API.
// Every string from the knowledge base reaches the DOM as text (textContent, text nodes, properties), never as
// markup, and links to the outside world are made only for http(s) URLs: page content cannot become script.
'use strict';

const PAGE_SIZE = 10;
const view = document.getElementById('view');
let renderToken = 0;
const charts = [];

// ---- DOM helpers -------------------------------------------------------------------------------------------------

/** An element with a class (or none), optional properties, and children (strings become text nodes). */
function el(tag, cls, props, ...children) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (k.startsWith('data-')) node.setAttribute(k, String(v));
      else node[k] = v;
    }
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** A link inside this page; ids are percent-encoded so they cannot leave the fragment. */
function internalLink(cls, route, id, text) {
  return el('a', cls, { href: '#/' + route + '/' + encodeURIComponent(id) }, text);
}

/** The URL itself when it is http(s), else null: javascript:, data: and the like never become links. */
function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function externalLink(url, text) {
  const safe = safeHttpUrl(url);
  if (!safe) return el('span', 'url', null, text || url || '');
  return el('a', 'url', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank' }, text || safe);
}

/** "1 article", "2 articles": a count with its noun, singular for one. */
function counted(n, singular, plural) {
  return n + ' ' + (n === 1 ? singular : plural || singular + 's');
}

/**
 * The total counts copies, the list shows each group once: says how many were listed and how many copies went into
 * them (", 4 shown, 3 copies folded in"), as the command line does, so "7 articles" does not sit above 4 hits.
 */
function folded(result) {
  if (!result.copies_folded) return '';
  return ' with copies, ' + result.hits.length + ' shown, ' + counted(result.copies_folded, 'copy', 'copies')
    + ' folded in';
}

/**
 * A query the server could not parse, told in words: Lucene's parser names tokens ('Encountered "<EOF>" at line 1,
 * column 7'), which say nothing to a reader.
 */
function plainQueryError(message) {
  const m = /^cannot parse query '(.*?)': /s.exec(message);
  if (!m) return message;
  const why = message.slice(m[0].length);
  const at = /column (\d+)/.exec(why);
  const end = /<EOF>/.test(why.split('Was expecting')[0]);
  return 'The search \u201c' + m[1] + '\u201d cannot be read: '
    + (end ? 'it ends too early (an unclosed quote, bracket or parenthesis, or a word such as AND, OR or NOT'
        + ' with nothing after it)'
      : 'something at ' + (at ? 'character ' + at[1] : 'one place') + ' breaks the search syntax')
    + '. Put words with special characters (+ - ! ( ) { } [ ] ^ " ~ * ? : \\ /) in double quotes, or use plain'
    + ' words.';
}

function clearCharts() {
  while (charts.length) charts.pop().destroy();
}

/** Replaces the view; a part a view leaves out (null, undefined) is skipped, as el() skips it: never the text "null". */
function show(...nodes) {
  clearCharts();
  view.replaceChildren(...nodes.filter(n => n !== null && n !== undefined));
}

function showError(message) {
  show(el('p', 'error', null, message));
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'unreadable answer (' + res.status + ')' }));
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

// ---- routing -----------------------------------------------------------------------------------------------------

function route() {
  const hash = location.hash.startsWith('#') ? location.hash.slice(1) : '';
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const token = ++renderToken;
  const current = () => token === renderToken;
  const parts = path.split('/').filter(Boolean);
  let work;
  if (parts[0] === 'article' && parts.length === 2) work = articleView(decodeURIComponent(parts[1]), current, params);
  else if (parts[0] === 'entity' && parts.length === 2) work = entityView(decodeURIComponent(parts[1]), current);
  else if (parts[0] === 'events' && parts.length === 1) work = eventsView(params, current); // events.js
  else if (parts[0] === 'dyad' && parts.length === 1) work = dyadView(params, current); // events.js
  else if (parts.length && Object.hasOwn(window.newsgraphViews || {}, parts[0])) {
    work = window.newsgraphViews[parts[0]](parts.slice(1).map(decodeURIComponent), params, current);
  } else work = searchView(params, current);
  work.catch(e => { if (current()) showError(e.message); });
}

function searchHash(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return '#/?' + p.toString();
}

// ---- search ------------------------------------------------------------------------------------------------------

const FILTERS = ['entity', 'publisher', 'lang', 'from', 'to'];

async function searchView(params, current) {
  const state = { q: params.get('q') || '', offset: Number.parseInt(params.get('offset') || '0', 10) || 0 };
  for (const f of FILTERS) state[f] = params.get(f) || '';
  state.group = params.get('group') || '';
  document.getElementById('q').value = state.q;
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(state.offset) });
  if (state.q) query.set('q', state.q);
  for (const f of FILTERS) if (state[f]) query.set(f, state[f]);
  if (state.group) query.set('group', state.group);
  const result = await api('/api/search?' + query).catch(e => { throw new Error(plainQueryError(e.message)); });
  if (!current()) return;
  const labels = entityLabels(result.facets.entity);

  const filters = el('div', 'filters');
  for (const f of FILTERS) {
    if (!state[f]) continue;
    const remove = el('button', null, { type: 'button', title: 'remove filter' }, '\u00d7');
    remove.addEventListener('click', () => { location.hash = searchHash({ ...state, [f]: '', offset: 0 }); });
    filters.append(el('span', 'chip', { 'data-filter': f }, f + ': ' + (labels.get(state[f]) || state[f]), remove));
  }

  const facets = el('aside', 'facets',
    null,
    facetList('Publisher', result.facets.publisher, v => searchHash({ ...state, publisher: v, offset: 0 }),
      result.facets.sampled),
    facetList('Entity', result.facets.entity, v => searchHash({ ...state, entity: v, offset: 0 }),
      result.facets.sampled),
    facetList('Language', result.facets.language, v => searchHash({ ...state, lang: v, offset: 0 }),
      result.facets.sampled));

  // over many hits the server counts a random sample and scales it: say so rather than show estimates as counts
  const total = el('p', 'total', null, counted(result.total_hits, 'article') + folded(result)
    + (result.facets.sampled
      ? ' \u00b7 facet counts (\u2248) estimated from a sample of ' + result.facets.counted_hits : ''));
  const hits = el('ol', 'hits', { start: state.offset + 1 });
  for (const h of result.hits) hits.append(hitItem(h));

  const canvas = el('canvas', null, { id: 'histogram' });
  const message = result.message ? el('p', 'meta search-message', null, result.message) : null;
  const main = el('section', 'results', null, filters, message, el('div', 'chart-box', null, canvas), total,
    pastEnd(state, result), hits, pager(state, result.total_hits));
  if (window.newsgraphSearchExtras) window.newsgraphSearchExtras(main, hits, result, state);
  show(el('div', 'layout', null, facets, main));
  drawHistogram(canvas, result.facets.month, state);
}

function entityLabels(values) {
  return new Map((values || []).map(v => [v.value, v.label]));
}

function facetList(title, values, hrefOf, estimated) {
  const list = el('ul');
  for (const v of values || []) {
    const label = v.label || v.value || '(none)';
    const item = hrefOf ? el('a', null, { href: hrefOf(v.value) }, label) : el('span', null, null, label);
    list.append(el('li', null, null, item, el('span', 'count', null, (estimated ? '\u2248' : '') + v.count)));
  }
  return el('section', 'facet', { 'data-facet': title.toLowerCase() }, el('h3', null, null, title), list);
}

function hitItem(h) {
  const item = el('li', 'hit', { 'data-id': h.id });
  item.append(internalLink('hit-title', 'article', h.id, h.title || '(untitled)'));
  // a teaser of another article seen on a page is no article: say so before anything else about it
  const kind = h.kind === 'snippet' ? (h.truncated ? 'teaser, cut off' : 'teaser') : (h.truncated ? 'cut off' : null);
  const meta = [kind, h.publisher, h.published, h.language].filter(Boolean).join(' \u00b7 ');
  item.append(el('div', 'meta', null, meta));
  for (const s of h.snippets || []) item.append(snippet(s));
  if (window.newsgraphDecorateHit) window.newsgraphDecorateHit(item, h);
  return item;
}

/** A snippet with its matched terms in <mark>: the text is cut at the highlight offsets, never parsed. */
function snippet(s) {
  const p = el('p', 'snippet');
  let at = 0;
  const text = s.text || '';
  for (const [start, end] of s.highlights || []) {
    if (start < at || end > text.length || end <= start) continue;
    p.append(text.slice(at, start), el('mark', null, null, text.slice(start, end)));
    at = end;
  }
  p.append(text.slice(at));
  return p;
}

/** A page past the last hit (an old link, an edited offset) says so and leads back, rather than show nothing. */
function pastEnd(state, result) {
  if (result.hits.length > 0 || state.offset === 0 || result.total_hits === 0) return null;
  return el('p', 'past-end', null, 'No hits this far: the last of them comes before number ' + (state.offset + 1)
    + '. ', el('a', null, { href: searchHash({ ...state, offset: 0 }) }, 'Back to the first page'));
}

function pager(state, total) {
  const nav = el('nav', 'pager');
  if (state.offset > 0) {
    nav.append(el('a', 'prev', { href: searchHash({ ...state, offset: Math.max(0, state.offset - PAGE_SIZE) }) },
      '\u2190 newer / better'));
  }
  if (state.offset + PAGE_SIZE < total) {
    nav.append(el('a', 'next', { href: searchHash({ ...state, offset: state.offset + PAGE_SIZE }) }, 'more \u2192'));
  }
  return nav;
}

// ---- time axes ---------------------------------------------------------------------------------------------------

/**
 * Dates as numbers on a linear axis, so that the space between two bars is the time between them (a category axis
 * put 2011-10 beside 2019-01). 'month' counts months from year 0, 'day' days from 1970-01-01; no date adapter is
 * needed, and Chart.js ships none.
 */
function timeValue(date, unit) {
  const [y, m, d] = String(date).split('-').map(Number);
  return unit === 'month' ? y * 12 + (m - 1) : Date.UTC(y, m - 1, d) / 86400000;
}

function timeLabel(value, unit) {
  if (unit === 'month') return Math.floor(value / 12) + '-' + String(value % 12 + 1).padStart(2, '0');
  return new Date(value * 86400000).toISOString().slice(0, 10);
}

/** The fewest months or days a time axis spans: Chart.js widens a range of one point by a tenth of its value. */
const MIN_TIME_SPAN = { month: 12, day: 14 };

/**
 * The x scale and tooltip title of a chart over {x: timeValue, y} points at {@code xs}; ticks fall on whole days or
 * months. Points closer together than MIN_TIME_SPAN get that span around them, so that one month is not drawn on an
 * axis of two and a half centuries.
 */
function timeAxisOptions(unit, xs) {
  const scale = { type: 'linear', offset: true,
    ticks: { precision: 0, callback: v => Number.isInteger(v) ? timeLabel(v, unit) : '' } };
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const short = MIN_TIME_SPAN[unit] - (last - first);
  if (xs.length && short > 0) {
    scale.min = first - Math.floor(short / 2);
    scale.max = last + Math.ceil(short / 2);
  }
  return { scale, tooltipTitle: items => items.length ? timeLabel(items[0].parsed.x, unit) : '' };
}

/** Hits per month, on a time-proportional axis; clicking a bar narrows the search to that month. */
function drawHistogram(canvas, months, state) {
  if (!window.Chart || !months || months.length === 0) return;
  const points = months.map(m => ({ x: timeValue(m.value, 'month'), y: m.count }));
  const axis = timeAxisOptions('month', points.map(p => p.x));
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      datasets: [{ label: 'articles per month', data: points, backgroundColor: '#1f5fbf' }]
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { x: axis.scale },
      plugins: { legend: { display: false }, tooltip: { callbacks: { title: axis.tooltipTitle } } },
      onClick: (event, elements) => {
        if (!elements.length) return;
        const month = months[elements[0].index].value;
        const [y, m] = month.split('-').map(Number);
        if (!y || !m) return;
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        location.hash = searchHash({ ...state, from: month + '-01', to: month + '-' + String(last).padStart(2, '0'),
          offset: 0 });
      }
    }
  });
  charts.push(chart);
}

// ---- article -----------------------------------------------------------------------------------------------------

async function articleView(id, current, params) {
  const stored = await api('/api/articles/' + encodeURIComponent(id));
  if (!current()) return;
  const a = stored.article;
  const text = typeof a.text === 'string' ? a.text : '';
  const head = el('div', 'article-head', null,
    el('h1', 'article-title', null, a.title || '(untitled)'),
    el('div', 'meta', null, [a.publisher, a.published, (a.authors || []).join(', '), a.language].filter(Boolean)
      .join(' \u00b7 ')),
    a.url ? el('div', 'meta', null, 'Source: ', externalLink(a.url)) : null,
    el('div', 'legend', null, el('span', 'mention PERSON', null, 'person'), el('span', 'mention ORGANIZATION', null,
      'organisation'), el('span', 'mention LOCATION', null, 'place'), el('span', 'quote', null, 'quote'),
    el('span', 'time', null, 'date or time')));
  const body = el('article', 'article-text', { 'data-length': text.length });
  body.append(...annotatedText(text, a));
  show(head, el('div', 'article-layout', null, body, articleSide(a)));
  focusEvent(a, params.get('event'), true); // events.js
  if (window.newsgraphDecorateArticle) await window.newsgraphDecorateArticle(head, a, current);
}

/**
 * The text cut at every annotation boundary; each piece carries the classes of the annotations covering it and its
 * offsets (data-start, data-end: UTF-16, end exclusive, as in the API). Overlaps (a name inside a quote) need no
 * nesting rules this way.
 */
function annotatedText(text, a) {
  const spans = [];
  const valid = (s, e) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length;
  for (const ent of a.entities || []) {
    for (const m of ent.mentions || []) {
      if (valid(m[0], m[1])) spans.push({ start: m[0], end: m[1], kind: 'mention', entity: ent });
    }
  }
  // a quote in pieces ("…," she said, "…") marks its pieces, not the attribution between them
  for (const q of a.quotes || []) {
    const pieces = q.parts && q.parts.length ? q.parts : [[q.start, q.end]];
    for (const p of pieces) if (valid(p[0], p[1])) spans.push({ start: p[0], end: p[1], kind: 'quote', quote: q });
  }
  for (const t of a.times || []) if (valid(t.start, t.end)) spans.push({ start: t.start, end: t.end, kind: 'time', time: t });
  spans.push(...eventSpans(a, valid)); // events.js
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = spans.filter(s => s.start <= from && to <= s.end);
    if (covering.length === 0) { out.push(document.createTextNode(piece)); continue; }
    const mention = covering.find(s => s.kind === 'mention');
    const node = mention && mention.entity.id
      ? internalLink('mention', 'entity', mention.entity.id, piece)
      : el('span', mention ? 'mention' : null, null, piece);
    const titles = [];
    if (mention) {
      node.classList.add(String(mention.entity.type || 'MISC'));
      node.setAttribute('data-entity', mention.entity.id || '');
      titles.push(mention.entity.name + ' (' + mention.entity.type + ')');
    }
    const quote = covering.find(s => s.kind === 'quote');
    if (quote) {
      node.classList.add('quote');
      titles.push('quote' + (quote.quote.speaker_name ? ' by ' + quote.quote.speaker_name : ''));
    }
    const time = covering.find(s => s.kind === 'time');
    if (time) {
      node.classList.add('time');
      titles.push((time.time.type || 'time') + (time.time.value ? ': ' + time.time.value : ''));
    }
    decorateEventPiece(node, covering, titles); // events.js
    node.setAttribute('data-start', from);
    node.setAttribute('data-end', to);
    node.title = titles.join('; ');
    out.push(node);
  }
  return out;
}

function articleSide(a) {
  const side = el('aside', 'side');
  const entities = el('ul', 'entities');
  for (const e of a.entities || []) {
    const name = e.id ? internalLink(null, 'entity', e.id, e.name) : el('span', null, null, e.name);
    entities.append(el('li', null, null, name, el('span', 'count', null, e.type + ', ' + (e.mentions || []).length)));
  }
  side.append(el('section', null, null, el('h3', null, null, 'Entities'), entities));
  const quotes = el('div', 'quotes');
  for (const q of a.quotes || []) {
    const who = q.speaker ? internalLink(null, 'entity', q.speaker, q.speaker_name || 'speaker')
      : el('span', null, null, q.speaker_name || 'unattributed');
    quotes.append(el('blockquote', null, null, q.text, el('div', 'meta', null, '\u2014 ', who)));
  }
  side.append(el('section', null, null, el('h3', null, null, 'Quotes'), quotes));
  const times = el('ul', 'times');
  for (const t of a.times || []) times.append(el('li', null, null, t.text + (t.value ? ' \u2192 ' + t.value : '')));
  side.append(el('section', null, null, el('h3', null, null, 'Dates and times'), times));
  side.append(articleEvents(a)); // events.js
  return side;
}

// ---- entity ------------------------------------------------------------------------------------------------------

async function entityView(id, current) {
  const page = await api('/api/entities/' + encodeURIComponent(id) + '?quotes=50');
  if (!current()) return;
  const e = page.entity;
  const head = el('div', 'entity-head', null,
    el('h1', 'entity-name', null, e.name),
    el('div', 'meta', null, e.type + ' \u00b7 ' + counted(e.articles, 'article') + ' \u00b7 '
      + counted(e.mentions, 'mention')
      + (e.first_seen ? ' \u00b7 ' + e.first_seen + ' to ' + e.last_seen : '')),
    (e.aliases || []).length > 1 ? el('div', 'meta', null, 'Also written: ' + e.aliases.join(', ')) : null,
    // the base types a name by the vote of its articles; the others' reading is said, not hidden
    Object.keys(e.also_typed || {}).length ? el('div', 'meta', null, 'Also typed: ' + Object.entries(e.also_typed)
      .map(([type, n]) => type + ' in ' + counted(n, 'article')).join(', ')) : null,
    el('a', null, { href: searchHash({ entity: e.id }) }, 'Articles mentioning ' + e.name));

  const canvas = el('canvas', null, { id: 'mentions-chart' });
  const said = el('div', 'said');
  for (const h of page.quotes.items) {
    const first = h.first_seen || {};
    const earlier = first.article_id && first.article_id !== h.article_id
      ? ' \u00b7 first seen ' + [first.publisher, first.date].filter(Boolean).join(', ') : '';
    const reports = h.sources > 1 ? ' \u00b7 ' + h.sources + ' independent reports' : '';
    const copies = h.copies > 0 ? ' \u00b7 ' + h.copies + (h.copies === 1 ? ' copy' : ' copies') : '';
    said.append(el('blockquote', null, null, h.quote.text, el('div', 'meta', null, '\u2014 ',
      internalLink('quote-article', 'article', h.article_id, h.article_title || h.article_id),
      h.published ? ' (' + h.published + ')' : '', earlier + reports + copies)));
  }
  if (page.quotes.items.length === 0) said.append(el('p', 'meta', null, 'No quotes attributed.'));
  const withList = el('ul', 'co-mentioned');
  for (const c of page.co_mentioned) {
    withList.append(el('li', null, null, internalLink(null, 'entity', c.value, c.label),
      el('span', 'count', null, (page.co_mentioned_sampled ? '\u2248' : '') + c.count)));
  }
  show(head,
    el('section', null, null, el('h3', null, null, 'Mentions over time'), el('div', 'chart-box', null, canvas)),
    el('div', 'article-layout', null,
      el('section', null, null, el('h3', null, null, 'What ' + e.name + ' said (' + saidCount(page.quotes) + ')'), said),
      el('section', null, null, el('h3', null, null, 'Appears with'), withList)));
  drawMentions(canvas, page.mentions_per_day);
}

/** Distinct quotes: those of the page, with a "+" when the base holds more than the page fetched. */
function saidCount(quotes) {
  const more = quotes.total > quotes.items.length + quotes.folded;
  return quotes.items.length + (more ? '+' : '');
}

/** Mentions per day, or per month when there are too many days for bars to stay readable; time-proportional. */
function drawMentions(canvas, days) {
  if (!window.Chart) return;
  const unit = days.length > 120 ? 'month' : 'day';
  const buckets = new Map();
  for (const d of days) {
    const key = timeValue(unit === 'month' ? String(d.day).slice(0, 7) : String(d.day), unit);
    const b = buckets.get(key) || { mentions: 0, articles: 0 };
    b.mentions += d.mentions;
    b.articles += d.articles;
    buckets.set(key, b);
  }
  const points = field => [...buckets].map(([x, b]) => ({ x, y: b[field] }));
  const axis = timeAxisOptions(unit, [...buckets.keys()]);
  charts.push(new Chart(canvas, {
    type: unit === 'month' ? 'line' : 'bar',
    data: {
      datasets: [
        { label: 'mentions per ' + unit, data: points('mentions'), backgroundColor: '#c0392b', borderColor: '#c0392b',
          pointRadius: 0 },
        { label: 'articles per ' + unit, data: points('articles'), backgroundColor: '#2471a3', borderColor: '#2471a3',
          pointRadius: 0 }
      ]
    },
    options: { maintainAspectRatio: false, animation: false, scales: { x: axis.scale },
      plugins: { tooltip: { callbacks: { title: axis.tooltipTitle } } } }
  }));
}

// ---- start -------------------------------------------------------------------------------------------------------

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  location.hash = searchHash({ q: document.getElementById('q').value.trim() });
});
window.addEventListener('hashchange', route);
route();
