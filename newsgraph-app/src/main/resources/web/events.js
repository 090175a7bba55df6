// newsgraph web page, events: the article view's event highlights, the event list and the dyad chart.
// Loaded before app.js and using its helpers (el, api, show, charts, internalLink) only when called. Like app.js,
// every string from the knowledge base reaches the DOM as text, never as markup.
'use strict';

const EVENT_PAGE_SIZE = 20;
const EVENT_FILTERS = ['actor', 'type', 'from', 'to', 'coded'];
const DYAD_FIELDS = ['a', 'b', 'from', 'to'];
/** The most events one click on a dyad point fetches. */
const DYAD_EVIDENCE_MAX = 50;

function routeHash(route, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const query = p.toString();
  return '#/' + route + (query ? '?' + query : '');
}

function articleEventHash(articleId, eventId) {
  return '#/article/' + encodeURIComponent(articleId) + (eventId ? '?' + new URLSearchParams({ event: eventId }) : '');
}

function actorLabel(actor) {
  if (!actor) return '(no target)';
  return (actor.text || '?') + (actor.code ? ' [' + actor.code + ']' : actor.country ? ' [' + actor.country + ']' : '');
}

/** "CONSULT (visit) · 040 · asserted · 2018-06-12 (from the text)": what an event is, in one line. */
function eventSummary(e) {
  const basis = e.date_basis === 'published' ? ' (publication date)' : e.date_basis === 'text' ? ' (from the text)' : '';
  return [e.type + (e.mode ? ' (' + e.mode + ')' : ''), 'CAMEO ' + e.cameo, e.modality, (e.date || 'undated') + basis]
    .filter(Boolean).join(' \u00b7 ');
}

// ---- article view hooks --------------------------------------------------------------------------------------------

/** Spans for annotatedText: each event's trigger and actors, at their offsets. */
function eventSpans(a, valid) {
  const spans = [];
  for (const e of a.events || []) {
    if (e.trigger && valid(e.trigger[0], e.trigger[1])) {
      spans.push({ start: e.trigger[0], end: e.trigger[1], kind: 'event-trigger', event: e });
    }
    for (const role of ['source', 'target']) {
      const span = e[role] && e[role].span;
      if (span && valid(span[0], span[1])) spans.push({ start: span[0], end: span[1], kind: 'event-actor', event: e, role });
    }
  }
  return spans;
}

/** Marks a piece of article text covered by event spans; adds what the event is to its tooltip. */
function decorateEventPiece(node, covering, titles) {
  const trigger = covering.find(s => s.kind === 'event-trigger');
  if (trigger) {
    node.classList.add('event-trigger', 'quad-' + trigger.event.quad_class);
    node.setAttribute('data-event', trigger.event.id || '');
    titles.push('event: ' + eventSummary(trigger.event) + '; ' + actorLabel(trigger.event.source) + ' \u2192 '
      + actorLabel(trigger.event.target));
  }
  const actor = covering.find(s => s.kind === 'event-actor');
  if (actor) {
    node.classList.add('event-actor');
    titles.push(actor.role + ' of ' + actor.event.type + ': ' + actorLabel(actor.event[actor.role]));
  }
}

/** The article's events beside its text: what, who to whom, when; hovering one outlines its words. */
function articleEvents(a) {
  const list = el('ol', 'article-events');
  for (const e of a.events || []) {
    const item = el('li', 'quad-' + e.quad_class, { 'data-event': e.id || '' },
      el('div', 'event-what', null, eventSummary(e)),
      el('div', 'meta', null, actorLabel(e.source), ' \u2192 ', actorLabel(e.target),
        e.reciprocal ? ' (reciprocal)' : ''));
    item.addEventListener('mouseenter', () => focusEvent(a, e.id, false));
    list.append(item);
  }
  const section = el('section', 'events-side', null, el('h3', null, null, 'Events (' + (a.events || []).length + ')'));
  if ((a.events || []).length === 0) section.append(el('p', 'meta', null, 'No events coded (ingest --events codes them).'));
  else section.append(el('p', 'legend', null, el('span', 'event-trigger', null, 'event'), ' ',
    el('span', 'event-actor', null, 'actor')), list);
  return section;
}

/** Outlines the words of one event of the article on view (trigger and actors); optionally scrolls to them. */
function focusEvent(article, eventId, scroll) {
  for (const n of document.querySelectorAll('.event-focus')) n.classList.remove('event-focus');
  if (!eventId) return;
  const event = (article.events || []).find(e => e.id === eventId);
  if (!event) return;
  const ranges = [event.trigger, event.source && event.source.span, event.target && event.target.span].filter(Boolean);
  let first = null;
  for (const piece of document.querySelectorAll('.article-text [data-start]')) {
    const start = Number(piece.getAttribute('data-start'));
    const end = Number(piece.getAttribute('data-end'));
    if (ranges.some(r => r[0] <= start && end <= r[1])) {
      piece.classList.add('event-focus');
      if (!first) first = piece;
    }
  }
  for (const li of document.querySelectorAll('.article-events li')) {
    if (li.getAttribute('data-event') === eventId) li.classList.add('event-focus');
  }
  if (scroll && first) first.scrollIntoView({ block: 'center' });
}

// ---- event list ----------------------------------------------------------------------------------------------------

let ploverTypes = null;

async function eventTypes() {
  if (!ploverTypes) ploverTypes = (await api('/api/events/types')).types;
  return ploverTypes;
}

async function eventsView(params, current) {
  const state = { offset: Number.parseInt(params.get('offset') || '0', 10) || 0 };
  for (const f of EVENT_FILTERS) state[f] = params.get(f) || '';
  const query = new URLSearchParams({ limit: String(EVENT_PAGE_SIZE), offset: String(state.offset) });
  for (const f of EVENT_FILTERS) if (state[f]) query.set(f, state[f]);
  const [types, result] = await Promise.all([eventTypes(), api('/api/events?' + query)]);
  if (!current()) return;

  const form = filterForm('events-filter', [
    textField('actor', 'Actor', state.actor, 'USA, PRK, Kim Jong-un...'),
    typeField(types, state.type),
    textField('from', 'From', state.from, 'YYYY-MM-DD'),
    textField('to', 'To', state.to, 'YYYY-MM-DD'),
    checkField('coded', 'Coded doers only', state.coded,
      'Only events whose doer the actor dictionaries code (a country, an international organisation or a sector): '
        + 'fewer wrong events, some right ones lost')
  ], values => routeHash('events', values));
  const total = el('p', 'total', null, result.total + (result.total === 1 ? ' event' : ' events'));
  const list = el('ol', 'event-list', { start: state.offset + 1 });
  for (const item of result.items) list.append(eventItem(item));
  const nav = el('nav', 'pager');
  if (state.offset > 0) {
    nav.append(el('a', 'prev', { href: routeHash('events', { ...state, offset: Math.max(0, state.offset - EVENT_PAGE_SIZE) }) },
      '\u2190 newer'));
  }
  if (state.offset + EVENT_PAGE_SIZE < result.total) {
    nav.append(el('a', 'next', { href: routeHash('events', { ...state, offset: state.offset + EVENT_PAGE_SIZE }) }, 'older \u2192'));
  }
  const filtered = EVENT_FILTERS.some(f => state[f]);
  const none = result.total === 0 && !filtered ? el('p', 'meta', null, 'No events in this knowledge base: they are '
    + 'coded at ingest with --events (e.g. newsgraph demo --events --data newsgraph-events).') : null;
  show(el('h1', null, null, 'Events'),
    el('p', 'meta', null, 'One entry per real event; its reports in several articles are listed under it. '
      + 'Copies of an article count as reports, not as independent sources.'),
    form, total, none, list, nav);
}

function textField(name, label, value, placeholder) {
  return el('label', null, null, label + ' ',
    el('input', null, { name, value: value || '', placeholder, type: 'text', autocomplete: 'off' }));
}

function checkField(name, label, value, title) {
  return el('label', null, { title }, el('input', null, { name, type: 'checkbox', checked: Boolean(value) }), ' ' + label);
}

function typeField(types, selected) {
  const select = el('select', null, { name: 'type' }, el('option', null, { value: '' }, 'any type'));
  for (const t of types) select.append(el('option', null, { value: t, selected: t === selected }, t));
  return el('label', null, null, 'Type ', select);
}

/** A filter form whose submission becomes a fragment, so every filtered view has a link. */
function filterForm(cls, fields, hashOf) {
  const form = el('form', 'filter-form ' + cls, null, ...fields, el('button', null, { type: 'submit' }, 'Show'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = {};
    for (const [k, v] of new FormData(form).entries()) values[k] = String(v).trim();
    location.hash = hashOf(values);
  });
  return form;
}

/** One real event: what, who to whom, when, how often reported, and each report's sentence linking to its article. */
function eventItem(item) {
  const e = item.event;
  const li = el('li', 'event-item quad-' + e.quad_class, { 'data-id': item.id });
  const who = el('div', 'event-actors', null, actorLabel(e.source), ' \u2192 ', actorLabel(e.target),
    e.reciprocal ? ' (reciprocal)' : '');
  if (e.source && e.target && e.source.country && e.target.country && e.source.country !== e.target.country) {
    who.append(' ', el('a', 'dyad-link', { href: routeHash('dyad', { a: e.source.country, b: e.target.country }) },
      e.source.country + '\u2013' + e.target.country + ' over time'));
  }
  li.append(el('div', 'event-what', null, eventSummary(e)), who,
    el('div', 'meta', null, item.num_mentions + (item.num_mentions === 1 ? ' report' : ' reports') + ', '
      + item.num_articles + ' independent, ' + item.num_sources + (item.num_sources === 1 ? ' source' : ' sources')
      + ' \u00b7 Goldstein ' + e.goldstein));
  const evidence = el('ul', 'evidence');
  for (const m of item.mentions) evidence.append(evidenceItem(m));
  li.append(evidence);
  return li;
}

function evidenceItem(m) {
  const link = el('a', 'evidence-article', { href: articleEventHash(m.article_id, m.event.id) },
    m.article_title || m.article_id);
  const meta = el('span', 'meta', null, ' ' + [m.publisher, m.published].filter(Boolean).join(' \u00b7 ')
    + (m.independent ? '' : ' (copy of an earlier report)'));
  return el('li', m.independent ? null : 'copy', null, sentenceWithTrigger(m), link, meta);
}

const OPENING_QUOTE = /^["'\u201c\u201e\u2018\u201a\u00ab\u2039\u300c]/;

/** The report's sentence with its trigger marked, cut at the event's offsets (relative to the sentence's start). */
function sentenceWithTrigger(m) {
  const text = m.sentence_text || '';
  // a sentence that opens with a quotation mark has its own: <q> adding a pair would show two
  const q = el('q', OPENING_QUOTE.test(text) ? 'evidence-sentence own-quotes' : 'evidence-sentence');
  const s = m.event.sentence;
  const t = m.event.trigger;
  if (s && t && t[0] >= s[0] && t[1] <= s[0] + text.length && t[0] < t[1]) {
    q.append(text.slice(0, t[0] - s[0]), el('mark', null, null, text.slice(t[0] - s[0], t[1] - s[0])),
      text.slice(t[1] - s[0]));
  } else {
    q.append(text);
  }
  return q;
}

// ---- dyad ----------------------------------------------------------------------------------------------------------

async function dyadView(params, current) {
  const state = {};
  for (const f of DYAD_FIELDS) state[f] = params.get(f) || '';
  const form = filterForm('dyad-filter', [
    textField('a', 'Actor', state.a, 'USA'), textField('b', 'and', state.b, 'PRK'),
    textField('from', 'From', state.from, 'YYYY-MM-DD'), textField('to', 'To', state.to, 'YYYY-MM-DD')
  ], values => routeHash('dyad', values));
  const head = [el('h1', null, null, 'Cooperation and conflict between two actors'),
    el('p', 'meta', null, 'Asserted events in either direction, each real event once; actors by CAMEO country code, '
      + 'entity id or name. Click a bar or a period to see its events.'), form];
  if (!state.a || !state.b) {
    show(...head);
    return;
  }
  const query = new URLSearchParams({ a: state.a, b: state.b });
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  const dyad = await api('/api/dyad?' + query);
  if (!current()) return;
  // events without a full date cannot be placed on the chart: say how many, so that few bars are not read as few events
  const undated = dyad.undated > 0 ? el('p', 'meta dyad-undated', null, dyad.undated
    + (dyad.undated === 1 ? ' asserted event' : ' asserted events') + ' between ' + dyad.a + ' and ' + dyad.b
    + (dyad.undated === 1 ? ' has' : ' have') + ' no full date and ' + (dyad.undated === 1 ? 'is' : 'are')
    + ' left out.') : null;
  if (dyad.total === 0) {
    show(...head, el('p', 'total dyad-empty', null, 'No dated, asserted events between ' + dyad.a + ' and ' + dyad.b
      + (state.from || state.to ? ' in this period.' : '.')), undated);
    return;
  }
  const canvas = el('canvas', null, { id: 'dyad-chart' });
  const evidence = el('section', 'dyad-evidence');
  const periods = el('ul', 'dyad-periods');
  dyad.points.forEach((p, i) => {
    if (p.cooperation.count + p.conflict.count === 0) return;
    const link = el('button', 'period', { type: 'button', 'data-index': i }, periodLabel(p, dyad.bucket));
    link.addEventListener('click', () => showDyadPoint(p, dyad.bucket, evidence));
    periods.append(el('li', null, null, link, el('span', 'count', null, p.cooperation.count + ' cooperation, '
      + p.conflict.count + ' conflict')));
  });
  const total = el('p', 'total', null, dyad.total + (dyad.total === 1 ? ' event' : ' events') + ' between '
    + dyad.a + ' and ' + dyad.b + ', per ' + dyad.bucket);
  show(...head, total, undated, el('div', 'chart-box dyad-box', null, canvas),
    el('div', 'article-layout', null, evidence, el('aside', null, null, el('h3', null, null, 'Periods with events'),
      periods)));
  drawDyad(canvas, dyad, evidence);
}

function periodLabel(p, bucket) {
  if (bucket === 'month') return p.start.slice(0, 7);
  if (bucket === 'week') return 'week of ' + p.start;
  return p.start;
}

/** Event counts as bars (conflict below the axis) and the net Goldstein sum as a line on its own axis. */
function drawDyad(canvas, dyad, evidence) {
  if (!window.Chart || dyad.points.length === 0) return;
  const points = dyad.points;
  charts.push(new Chart(canvas, {
    data: {
      labels: points.map(p => periodLabel(p, dyad.bucket)),
      datasets: [
        { type: 'bar', label: 'cooperation (events)', data: points.map(p => p.cooperation.count),
          backgroundColor: '#1e8449', stack: 'events' },
        { type: 'bar', label: 'conflict (events)', data: points.map(p => -p.conflict.count),
          backgroundColor: '#c0392b', stack: 'events' },
        { type: 'line', label: 'Goldstein sum', yAxisID: 'goldstein', borderColor: '#1d2330', pointRadius: 2,
          data: points.map(p => Math.round((p.cooperation.goldstein + p.conflict.goldstein) * 10) / 10) }
      ]
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, ticks: { precision: 0, callback: v => Math.abs(v) },
          title: { display: true, text: 'events (conflict below the axis)' } },
        goldstein: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } }
      },
      onClick: (event, elements) => {
        if (elements.length) showDyadPoint(points[elements[0].index], dyad.bucket, evidence);
      }
    }
  }));
}

/** Lists the events behind one point of the dyad, each with its reports linking to the articles. */
function showDyadPoint(p, bucket, target) {
  const ids = [...p.cooperation.events, ...p.conflict.events];
  const token = renderToken;
  target.replaceChildren(el('h3', null, null, periodLabel(p, bucket) + ': ' + ids.length
    + (ids.length === 1 ? ' event' : ' events')));
  Promise.all(ids.slice(0, DYAD_EVIDENCE_MAX).map(id => api('/api/events/' + encodeURIComponent(id))))
    .then(items => {
      if (token !== renderToken) return;
      const list = el('ol', 'event-list');
      for (const item of items) list.append(eventItem(item));
      target.append(list);
      if (ids.length > DYAD_EVIDENCE_MAX) target.append(el('p', 'meta', null, 'First ' + DYAD_EVIDENCE_MAX + ' shown.'));
    })
    .catch(e => { if (token === renderToken) target.append(el('p', 'error', null, e.message)); });
}
