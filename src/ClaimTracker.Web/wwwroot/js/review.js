// Review workspace enhancements. Everything here is optional: links and forms work without it.
// Loaded as a file (CSP script-src 'self'); no inline handlers.
(function () {
    'use strict';

    var body = document.getElementById('article-body');
    var list = document.getElementById('claim-list');
    if (!body || !list) {
        return;
    }

    var ordinals = Array.prototype.map.call(list.querySelectorAll('li[data-claim]'), function (li) {
        return parseInt(li.getAttribute('data-claim'), 10);
    });
    var panel = document.getElementById('claim-panel');
    var selected = panel ? parseInt(panel.getAttribute('data-selected'), 10) : NaN;

    function go(ordinal) {
        // The server renders the panel of the selected claim, so selecting is a navigation.
        window.location.href = '?claim=' + ordinal + '#claim-' + ordinal;
    }

    function isTyping(target) {
        var tag = target && target.tagName;
        return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
    }

    // A shared link may carry only the fragment (#claim-12): ask the server for that claim's panel.
    var fragment = /^#claim-(\d+)$/.exec(window.location.hash);
    if (fragment && parseInt(fragment[1], 10) !== selected && ordinals.indexOf(parseInt(fragment[1], 10)) >= 0
        && !/[?&]claim=/.test(window.location.search)) {
        go(parseInt(fragment[1], 10));
        return;
    }

    document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || ordinals.length === 0) {
            return;
        }

        var index = ordinals.indexOf(selected);
        if (event.key === 'j') {
            event.preventDefault();
            go(ordinals[index < 0 ? 0 : Math.min(index + 1, ordinals.length - 1)]);
        } else if (event.key === 'k') {
            event.preventDefault();
            go(ordinals[index < 0 ? 0 : Math.max(index - 1, 0)]);
        }
    });

    // Add a claim by selecting text: the body's text content is the article text, so offsets match the server's.
    var form = document.getElementById('add-claim-form');
    var start = document.getElementById('NewClaim_Start');
    var end = document.getElementById('NewClaim_End');
    var preview = document.getElementById('selection-preview');
    if (!form || !start || !end) {
        return;
    }

    // The page shows hidden control characters as visible markers (⟦U+202E⟧); each is one character of the text.
    var marker = /\u27E6U\+[0-9A-F]{4,6}\u27E7/g;

    function offsetOf(node, offset) {
        var range = document.createRange();
        range.setStart(body, 0);
        range.setEnd(node, offset);
        return range.toString().replace(marker, '_').length;
    }

    // A click that ends a text selection inside a highlighted span is a selection, not a navigation.
    body.addEventListener('click', function (event) {
        var selection = window.getSelection();
        if (selection && !selection.isCollapsed && event.target.closest && event.target.closest('a')) {
            event.preventDefault();
        }
    });

    document.addEventListener('selectionchange', function () {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }

        var range = selection.getRangeAt(0);
        if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) {
            return;
        }

        var from = offsetOf(range.startContainer, range.startOffset);
        var to = offsetOf(range.endContainer, range.endOffset);
        start.value = String(Math.min(from, to));
        end.value = String(Math.max(from, to));
        if (preview) {
            var text = range.toString();
            preview.textContent = 'Selected: “' + (text.length > 120 ? text.slice(0, 120) + '…' : text) + '” — press Add claim.';
        }
    });
})();
