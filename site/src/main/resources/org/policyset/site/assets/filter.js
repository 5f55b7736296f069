// Filters the timeline by actor and topic: marks and table rows of other actors or topics are
// hidden. Without JavaScript the whole timeline shows, and the form stays hidden.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  if (!form) { return; }
  form.hidden = false;
  var actor = form.querySelector('[data-filter="actor"]');
  var topic = form.querySelector('[data-filter="topic"]');
  function apply() {
    var a = actor.value, t = topic.value;
    document.querySelectorAll('svg.timeline a[data-actors]').forEach(function (m) {
      var show = (!a || m.getAttribute('data-actors').split(' ').indexOf(a) >= 0)
        && (!t || m.getAttribute('data-topic').split(' ').indexOf(t) >= 0);
      m.style.display = show ? '' : 'none';
    });
  }
  actor.addEventListener('change', apply);
  topic.addEventListener('change', apply);
})();
