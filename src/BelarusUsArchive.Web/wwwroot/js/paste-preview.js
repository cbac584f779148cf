// The paste preview's keep/drop toggles, in place. Without this script every line's choice is a plain select
// and the form works the same; with it, each line gets a Keep/Drop button and shows at once what will change.
(function () {
  'use strict';

  function keptByParse(line) {
    return line.classList.contains('kept');
  }

  function willKeep(line, select) {
    if (select.value === 'drop') { return false; }
    if (select.value === '') { return keptByParse(line); }
    return true;
  }

  function refresh(line, select, button) {
    var keep = willKeep(line, select);
    line.classList.toggle('will-drop', !keep && keptByParse(line));
    line.classList.toggle('will-keep', keep && !keptByParse(line));
    button.textContent = keep ? 'Drop' : 'Keep';
    button.setAttribute('aria-label', (keep ? 'Drop' : 'Keep') + ' line ' + line.value);
  }

  function count(lines) {
    var out = document.getElementById('line-counts');
    if (!out) { return; }
    var kept = 0, decided = 0;
    lines.forEach(function (line) {
      var select = line.querySelector('select');
      var text = line.querySelector('textarea');
      if (willKeep(line, select)) { kept++; }
      if (select.value !== '' || (text && text.value !== text.defaultValue) || line.classList.contains('retyped')) { decided++; }
    });
    out.textContent = kept + ' lines kept, ' + (lines.length - kept) + ' dropped, ' + decided +
      ' decided by you. Update the preview to run the parse again on your choices.';
  }

  function enhance() {
    var lines = Array.prototype.slice.call(document.querySelectorAll('ol.lines > li.line'));
    lines.forEach(function (line) {
      var select = line.querySelector('select');
      var text = line.querySelector('textarea');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'toggle';
      select.parentNode.insertBefore(button, select);
      button.addEventListener('click', function () {
        select.value = willKeep(line, select) ? 'drop' : 'keep';
        refresh(line, select, button);
        count(lines);
      });
      select.addEventListener('change', function () {
        refresh(line, select, button);
        count(lines);
      });
      if (text) {
        text.addEventListener('input', function () {
          line.classList.toggle('retyped', text.value !== text.defaultValue);
          count(lines);
        });
      }
      refresh(line, select, button);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
}());
