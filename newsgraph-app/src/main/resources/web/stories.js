// newsgraph web page: stories and copies. Loaded before app.js, whose helpers (el, api, show, internalLink,
// searchHash, charts) it uses once called; app.js calls in through the window.newsgraph* hooks defined here.
// Like app.js, every string from the knowledge base reaches the DOM as text, never as markup.
'use strict';

window.newsgraphViews = Object.assign(window.newsgraphViews || {}, {
  stories: (args, params, current) => storiesView(params, current),
  story: (args, params, current) => storyView(args[0], current)
});

/** A search hit's story and folded copies. */
window.newsgraphDecorateHit = (item, h) => {
  const parts = [];
  if (h.copies > 0) {
    // copy_ids lists the first few copies only; copies is the exact count
    const ids = h.copy_ids || [];
    const more = h.copies > ids.length ? ', \u2026' : '';
    parts.push(el('span', 'copies', { title: ids.join(', ') + more },
      'and ' + counted(h.copies, 'copy', 'copies')));
  }
  if (h.story) parts.push(internalLink('story-link', 'story', h.story, 'Story: ' + (h.story_label || h.story)));
  if (parts.length) item.append(el('div', 'connections', null, ...parts));
};

/** The article's story and copies, fetched beside the article. */
window.newsgraphDecorateArticle = async (head, a, current) => {
  const c = await api('/api/articles/' + encodeURIComponent(a.id) + '/connections');
  if (!current()) return;
  const line = el('div', 'meta connections');
  if (c.story) line.append('Story: ', internalLink('story-link', 'story', c.story.id, c.story.label || c.story.id),
    ' (' + counted(c.story.article_count, 'article') + ')');
  if (c.copies && c.copies.members.length > 1) {
    line.append(c.story ? ' \u00b7 ' : '', counted(c.copies.members.length - 1, 'other copy', 'other copies') + '; ');
    if (c.copies.canonical === a.id) {
      line.append(el('span', 'canonical', null, 'this article is the original'));
    } else {
      const original = c.canonical_article;
      line.append('original: ', internalLink('canonical', 'article', c.copies.canonical,
        (original && original.title) || c.copies.canonical),
        original && (original.publisher || original.published)
          ? ' (' + [original.publisher, original.published].filter(Boolean).join(', ') + ')' : '');
    }
  }
  if (line.childNodes.length) head.append(line);
};

/** Search results grouped by story when the search asks for it, and the switch between both. */
window.newsgraphSearchExtras = (main, hits, result, state) => {
  const grouped = state.group === 'story';
  main.insertBefore(el('a', 'group-toggle', { href: searchHash({ ...state, group: grouped ? '' : 'story', offset: 0 }) },
    grouped ? 'Show as a list' : 'Group by story'), hits);
  if (!grouped || !result.groups) return;
  const groups = el('div', 'story-groups');
  for (const g of result.groups) {
    const title = g.story ? internalLink('story-link', 'story', g.story, g.label || g.story)
      : el('span', null, null, 'Not yet in a story');
    const list = el('ol', 'hits');
    for (const h of g.hits) list.append(hitItem(h));
    groups.append(el('section', 'story-group', { 'data-story': g.story || '' },
      el('h3', null, null, title, el('span', 'count', null, String(g.article_count))), list));
  }
  hits.replaceWith(groups);
};

async function storiesView(params, current) {
  const sort = params.get('sort') === 'largest' ? 'largest' : 'newest';
  const offset = Number.parseInt(params.get('offset') || '0', 10) || 0;
  const page = await api('/api/stories?' + new URLSearchParams({ sort, limit: '20', offset: String(offset) }));
  if (!current()) return;
  const list = el('ol', 'stories', { start: offset + 1 });
  for (const s of page.items) {
    list.append(el('li', 'story-item', { 'data-id': s.id },
      internalLink('story-link', 'story', s.id, s.label || s.id),
      el('div', 'meta', null, counted(s.article_count, 'article') + ' \u00b7 ' + counted(s.sources, 'source')
        + (s.first_seen ? ' \u00b7 ' + s.first_seen + ' to ' + s.last_seen : ''))));
  }
  const other = sort === 'newest' ? 'largest' : 'newest';
  const nav = el('nav', 'pager');
  if (offset > 0) nav.append(el('a', 'prev', { href: '#/stories?sort=' + sort + '&offset=' + Math.max(0, offset - 20) }, '\u2190 previous'));
  if (offset + 20 < page.total) nav.append(el('a', 'next', { href: '#/stories?sort=' + sort + '&offset=' + (offset + 20) }, 'more \u2192'));
  show(el('h1', null, null, 'Stories (' + page.total + ')'),
    el('a', null, { href: '#/stories?sort=' + other }, 'Sort by ' + other + ' first'), list, nav);
}

async function storyView(id, current) {
  const s = await api('/api/stories/' + encodeURIComponent(id));
  if (!current()) return;
  const head = el('div', 'story-head', null,
    el('h1', 'story-label', null, s.label || s.id),
    el('div', 'meta', null, counted(s.article_count, 'article') + ' \u00b7 ' + counted(s.source_count, 'source')
      + (s.first_seen ? ' \u00b7 first seen ' + s.first_seen + ', last seen ' + s.last_seen : '')));
  const canvas = el('canvas', null, { id: 'story-chart' });
  const sources = el('ul', 'sources');
  for (const src of s.sources) {
    sources.append(el('li', null, null, el('a', null, { href: searchHash({ publisher: src.publisher }) }, src.publisher),
      el('span', 'count', null, String(src.articles))));
  }
  const articles = el('ol', 'story-articles');
  for (const a of s.articles) {
    articles.append(el('li', null, null, internalLink(null, 'article', a.id, a.title || a.id),
      el('span', 'meta', null, ' ' + [a.publisher, a.published].filter(Boolean).join(' \u00b7 ')
        + (a.canonical !== a.id ? ' \u00b7 copy' : ''))));
  }
  const timeline = el('ol', 'timeline');
  for (const day of s.timeline) {
    if (!day.items.length) continue;
    const items = el('ul');
    for (const it of day.items) {
      items.append(el('li', 'timeline-item ' + String(it.kind).toLowerCase(), null,
        it.what ? el('span', 'what', null, it.what + ': ') : null,
        (it.kind === 'QUOTE' ? '\u201c' + it.text + '\u201d' : it.text),
        el('span', 'meta', null, ' \u2014 ' + (it.who || 'unattributed') + ' '),
        internalLink(null, 'article', it.article_id, '(article)')));
    }
    timeline.append(el('li', null, null, el('strong', null, null, day.date), items));
  }
  show(head,
    el('section', null, null, el('h3', null, null, 'Timeline'), el('div', 'chart-box', null, canvas)),
    storyLine(s),
    el('div', 'article-layout', null,
      el('section', null, null, el('h3', null, null, 'Articles'), articles,
        el('h3', null, null, 'Quotes and events by the date they refer to'), timeline),
      el('section', null, null, el('h3', null, null, 'Sources'), sources)));
  drawStoryTimeline(canvas, s.timeline);
}

/**
 * The earlier and later stories of the story's line (the stages of one case, each a story of its own), or nothing
 * when it stands alone.
 */
function storyLine(s) {
  if (!s.earlier.length && !s.later.length) return null;
  const list = el('ol', 'story-line');
  const entry = (t, here) => el('li', here ? 'line-story current' : 'line-story', { 'data-id': t.id },
    here ? el('strong', null, null, t.label || t.id) : internalLink('story-link', 'story', t.id, t.label || t.id),
    el('span', 'meta', null, ' ' + [t.first_seen && t.first_seen + ' to ' + t.last_seen,
      counted(t.article_count, 'article')].filter(Boolean).join(' \u00b7 ')));
  for (const t of s.earlier) list.append(entry(t, false));
  list.append(entry(s, true));
  for (const t of s.later) list.append(entry(t, false));
  return el('section', 'story-line-box', null, el('h3', null, null, 'Story line: earlier and later stories'), list);
}

/** Articles per day as bars, quotes and events placed on their days as further series, on a time-proportional axis. */
function drawStoryTimeline(canvas, days) {
  if (!window.Chart || !days.length) return;
  const series = count => days.map(d => ({ x: timeValue(d.date, 'day'), y: count(d) }));
  const items = kind => d => d.items.filter(i => i.kind === kind).length;
  const axis = timeAxisOptions('day', days.map(d => timeValue(d.date, 'day')));
  charts.push(new Chart(canvas, {
    type: 'bar',
    data: {
      datasets: [
        { label: 'articles', data: series(d => d.articles), backgroundColor: '#2471a3' },
        { label: 'quotes', data: series(items('QUOTE')), backgroundColor: '#c0392b' },
        { label: 'events', data: series(items('EVENT')), backgroundColor: '#7d3c98' }
      ]
    },
    options: { maintainAspectRatio: false, animation: false, scales: { x: axis.scale },
      plugins: { tooltip: { callbacks: { title: axis.tooltipTitle } } } }
  }));
}
