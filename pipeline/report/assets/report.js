// ev-extract report: tooltips, agreement evidence, paging, search and sorting. No network, no
// libraries; every page works without it (all rows and all text are in the HTML).
(function () {
  'use strict';
  var PAGE = 100;

  // Tooltip on hover and on keyboard focus for each highlighted mention.
  var tip = document.getElementById('tip');
  function describe(m) {
    var lines = [['', m.getAttribute('data-k') + ': ' + m.textContent], ['value', m.getAttribute('data-v')]];
    if (m.hasAttribute('data-c')) lines.push(['company', m.getAttribute('data-c')]);
    lines.push(['rule', m.getAttribute('data-r')], ['extractor', m.getAttribute('data-x')]);
    tip.textContent = '';
    lines.forEach(function (l, i) {
      if (i) tip.appendChild(document.createTextNode('\n'));
      if (l[0]) {
        var b = document.createElement('b');
        b.textContent = l[0] + ': ';
        tip.appendChild(b);
      }
      tip.appendChild(document.createTextNode(l[1] || ''));
    });
  }
  function show(m) {
    if (!tip) return;
    describe(m);
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = window.scrollY + r.bottom + 6 + 'px';
    m.setAttribute('aria-describedby', 'tip');
  }
  function hide(m) {
    if (!tip) return;
    tip.hidden = true;
    if (m) m.removeAttribute('aria-describedby');
  }
  function mentionOf(e) {
    return e.target && e.target.closest ? e.target.closest('mark[data-k]') : null;
  }
  document.addEventListener('mouseover', function (e) { var m = mentionOf(e); if (m) show(m); });
  document.addEventListener('mouseout', function (e) { var m = mentionOf(e); if (m && !m.contains(e.relatedTarget)) hide(m); });
  document.addEventListener('focusin', function (e) { var m = mentionOf(e); if (m) show(m); });
  document.addEventListener('focusout', function (e) { var m = mentionOf(e); if (m) hide(m); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(null); });

  // Selecting an agreement highlights its evidence spans.
  function select(id, scroll) {
    document.querySelectorAll('.ev.on').forEach(function (el) { el.classList.remove('on'); });
    document.querySelectorAll('button.agr').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-a') === id)); });
    var spans = document.querySelectorAll('.ev[data-a="' + id + '"]');
    spans.forEach(function (el) { el.classList.add('on'); });
    if (scroll && spans[0] && spans[0].scrollIntoView) spans[0].scrollIntoView({ block: 'center' });
  }
  document.addEventListener('click', function (e) {
    var b = e.target && e.target.closest ? e.target.closest('button.agr') : null;
    if (!b) return;
    var id = b.getAttribute('data-a');
    if (b.getAttribute('aria-pressed') === 'true') select('', false);
    else select(id, true);
  });
  var hash = /^#a(\d+)$/.exec(location.hash);
  if (hash && document.querySelector('button.agr[data-a="' + hash[1] + '"]')) select(hash[1], true);

  // Search filter (all rows) and paging (index).
  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }
  var q = document.getElementById('q');
  var table = (q && document.getElementById(q.getAttribute('data-filter') || '')) || document.querySelector('table.paged');
  var paged = table && table.classList.contains('paged');
  var pageNo = 0;
  // Search text per row, computed on the first search (not at load: tables can have 30,000 rows).
  var searchText = null;
  function matches(i, words) {
    return words.every(function (w) { return searchText[i].indexOf(w) >= 0; });
  }
  function refresh() {
    if (!table) return;
    var words = q ? q.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var rows = rowsOf(table);
    if (words.length && !searchText) searchText = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var hits = words.length ? rows.filter(function (row, i) { return matches(i, words); }) : rows;
    var pages = Math.max(1, Math.ceil(hits.length / PAGE));
    var show = new Set(paged ? hits.slice(Math.min(pageNo, pages - 1) * PAGE, Math.min(pageNo, pages - 1) * PAGE + PAGE) : hits);
    // Only rows whose state changes are touched.
    rows.forEach(function (row) { var h = !show.has(row); if (row.hidden !== h) row.hidden = h; });
    if (!paged) return;
    pageNo = Math.min(pageNo, pages - 1);
    var pager = document.getElementById('pager');
    pager.hidden = false;
    document.getElementById('range').textContent = hits.length
      ? (pageNo * PAGE + 1) + '–' + Math.min(hits.length, pageNo * PAGE + PAGE) + ' of ' + hits.length + ' (page ' + (pageNo + 1) + ' of ' + pages + ')'
      : 'no match';
    document.getElementById('prev').disabled = pageNo === 0;
    document.getElementById('next').disabled = pageNo >= pages - 1;
  }
  if (q) q.addEventListener('input', function () { pageNo = 0; refresh(); });
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  if (prev) prev.addEventListener('click', function () { pageNo = Math.max(0, pageNo - 1); refresh(); });
  if (next) next.addEventListener('click', function () { pageNo += 1; refresh(); });
  // A link to a row (companies.html#c-toyota) opens the page that holds it.
  var target = table && location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && paged && target.parentNode === table.tBodies[0]) {
    pageNo = Math.floor(rowsOf(table).indexOf(target) / PAGE);
    refresh();
    target.classList.add('target');
    target.scrollIntoView({ block: 'center' });
  } else refresh();

  // Sortable tables: click a header (numbers sort as numbers).
  function key(cell) {
    var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    var n = Number(v);
    return v !== '' && !isNaN(n) ? n : v.toLowerCase();
  }
  document.querySelectorAll('table.sortable').forEach(function (t) {
    Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th, col) {
      th.tabIndex = 0;
      function sort() {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(t.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var keyed = rowsOf(t).map(function (row, i) { return { row: row, key: key(row.cells[col]), i: i }; });
        var numeric = keyed.every(function (k) { return typeof k.key === 'number'; });
        keyed.sort(function (a, b) {
          var x = numeric ? a.key : String(a.key), y = numeric ? b.key : String(b.key);
          return (x < y ? -1 : x > y ? 1 : a.i - b.i) * (x === y ? 1 : asc ? 1 : -1);
        });
        var body = t.tBodies[0];
        var fragment = document.createDocumentFragment();
        keyed.forEach(function (k) { fragment.appendChild(k.row); });
        body.appendChild(fragment);
        if (t === table) {
          searchText = null;
          refresh();
        }
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
  });
})();
