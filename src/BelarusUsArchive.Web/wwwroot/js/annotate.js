// Comment on a passage: when an editor selects words inside one paragraph of an article, a link
// "Comment on this passage" appears after that paragraph and opens the commentary form with the
// paragraph number and the exact words filled in. Without this script the form takes them typed.
(function () {
  'use strict';
  var article = document.querySelector('article[data-commentary]');
  if (!article || !window.getSelection) { return; }
  var form = article.getAttribute('data-commentary');
  // Elements the page adds to a paragraph's own words: its number, footnote marks, links to notes.
  var added = '.pn, .fn, .anno';
  var offer = document.createElement('p');
  offer.className = 'comment-offer';
  var link = document.createElement('a');
  link.textContent = 'Comment on this passage';
  offer.appendChild(link);

  // The numbered paragraph (id p1, p2, …) a node of the article body is in, or null.
  function paragraphOf(node) {
    for (var el = node.nodeType === 1 ? node : node.parentElement; el && el !== article; el = el.parentElement) {
      if (/^p\d+$/.test(el.id)) { return el.closest('.notes, .commentary') ? null : el; }
    }
    return null;
  }

  // The paragraph's words up to (node, offset), skipping what the page added, as the archive stores them.
  function textBefore(p, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(p);
    range.setEnd(node, offset);
    var walker = document.createTreeWalker(range.cloneContents(), NodeFilter.SHOW_TEXT);
    var text = '';
    while (walker.nextNode()) {
      var parent = walker.currentNode.parentElement;
      if (!parent || !parent.closest(added)) { text += walker.currentNode.nodeValue; }
    }
    return text;
  }

  function show() {
    var selection = window.getSelection();
    // Pressing or focusing the link itself moves the selection; the link stays until it is followed.
    if (offer.contains(selection.anchorNode) || offer.contains(document.activeElement)) { return; }
    if (selection.rangeCount === 0 || selection.isCollapsed) { offer.remove(); return; }
    var range = selection.getRangeAt(0);
    var p = paragraphOf(range.startContainer);
    if (!p || paragraphOf(range.endContainer) !== p) { offer.remove(); return; }
    var start = textBefore(p, range.startContainer, range.startOffset).length;
    var words = textBefore(p, range.endContainer, range.endOffset).slice(start);
    var trimmed = words.trim();
    if (trimmed.length === 0) { offer.remove(); return; }
    start += words.indexOf(trimmed);
    link.href = form + '?paragraph=' + p.id.slice(1) + '&at=' + start + '&quote=' + encodeURIComponent(trimmed);
    var after = p.tagName === 'LI' ? p.parentElement : p;
    if (offer.previousElementSibling !== after) { after.after(offer); }
  }

  var pending = 0;
  document.addEventListener('selectionchange', function () {
    clearTimeout(pending);
    pending = setTimeout(show, 150);
  });
}());
