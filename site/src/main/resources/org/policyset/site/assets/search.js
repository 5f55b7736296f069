// Client-side search over the index in search-index.js: every word typed must occur in a record's
// type, id, name or date. Results are built with textContent, never as HTML.
(function () {
  'use strict';
  var index = window.policysetIndex || [];
  var form = document.querySelector('form.search');
  var input = document.getElementById('q');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var MAX = 200;
  function run(query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    while (results.firstChild) { results.removeChild(results.firstChild); }
    if (words.length === 0) { status.textContent = index.length + ' records: type a word to search.'; return; }
    var found = 0;
    for (var i = 0; i < index.length; i++) {
      var r = index[i];
      var hay = (r.type + ' ' + r.id + ' ' + r.name + ' ' + r.date).toLowerCase();
      var all = true;
      for (var k = 0; k < words.length && all; k++) { all = hay.indexOf(words[k]) >= 0; }
      if (!all) { continue; }
      found++;
      if (found > MAX) { continue; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = r.href;
      a.textContent = r.name;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' (' + r.type + (r.date ? ', ' + r.date : '') + ')'));
      results.appendChild(li);
    }
    status.textContent = found === 0 ? 'No record matches.' : found > MAX
      ? found + ' records match; the first ' + MAX + ' are listed.' : found + (found === 1 ? ' record matches.' : ' records match.');
  }
  var q = new URLSearchParams(window.location.search).get('q') || '';
  input.value = q;
  run(q);
  form.addEventListener('submit', function (e) { e.preventDefault(); run(input.value); });
  input.addEventListener('input', function () { run(input.value); });
})();
