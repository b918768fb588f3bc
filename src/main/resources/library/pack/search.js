/* Search of an offline Tejido library pack: plain script, no network, no framework.
   search-index.js (loaded before) sets window.TEJIDO_INDEX = {items: [[slug, title, meta, summary, text], ...]},
   text being every word of the resource folded to lower case without accents. */
(function () {
  'use strict';
  var index = window.TEJIDO_INDEX;
  var found = document.getElementById('found');
  var list = document.getElementById('results');
  if (!index || !found || !list) { return; }
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var query = new URLSearchParams(window.location.search).get('q') || '';
  var box = document.getElementById('q');
  if (box) { box.value = query; }
  var terms = fold(query).split(/[^a-z0-9\u00c0-\uffff]+/).filter(function (term) { return term.length > 0; });
  if (terms.length === 0) { return; }
  var hits = [];
  index.items.forEach(function (item) {
    var title = fold(item[1]);
    var score = 0;
    for (var i = 0; i < terms.length; i++) {
      if (item[4].indexOf(terms[i]) < 0) { return; }
      score += (title.indexOf(terms[i]) >= 0) ? 3 : 1;
    }
    hits.push({ item: item, score: score });
  });
  hits.sort(function (a, b) { return (b.score - a.score) || a.item[1].localeCompare(b.item[1]); });
  found.textContent = hits.length ? found.getAttribute('data-found').replace('{0}', hits.length)
    : found.getAttribute('data-none');
  hits.forEach(function (hit) {
    var li = document.createElement('li');
    var heading = document.createElement('h3');
    var link = document.createElement('a');
    link.href = 'resources/' + encodeURIComponent(hit.item[0]) + '.html';
    link.textContent = hit.item[1];
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = hit.item[2];
    li.appendChild(meta);
    if (hit.item[3]) {
      var summary = document.createElement('p');
      summary.textContent = hit.item[3];
      li.appendChild(summary);
    }
    list.appendChild(li);
  });
})();
