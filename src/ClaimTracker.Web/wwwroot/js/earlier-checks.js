// Fills the review panel's "checked before?" section with the closest earlier checks. Optional: without it the
// section's link opens the same list as a page. Loaded as a file (CSP script-src 'self').
(function () {
    'use strict';

    var sections = document.querySelectorAll('[data-earlier-checks]');
    Array.prototype.forEach.call(sections, function (section) {
        var url = section.getAttribute('data-earlier-checks');
        fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'fragment=true', { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html === null) {
                    return;
                }

                // The server renders this fragment with every value encoded; it is our own markup.
                var holder = document.createElement('div');
                holder.innerHTML = html;
                var heading = section.querySelector('h3');
                section.textContent = '';
                if (heading) {
                    section.appendChild(heading);
                }

                while (holder.firstChild) {
                    section.appendChild(holder.firstChild);
                }
            })
            .catch(function () { /* The link stays; nothing else to do. */ });
    });
}());
