/*
 * Small behaviours of the portal's plain HTML, kept out of the pages (the Content-Security-Policy
 * allows no inline script without the request's nonce; a file of our own is allowed).
 *
 * - A select marked data-submit-on-change sends its form as soon as a value is chosen: the dealer's
 *   year select is a plain GET form, so the chosen year has its own address (?year=).
 * - A canvas with data-chart is drawn with Chart.js from the configuration it holds: the dealer's
 *   charts are part of markup kept for a published year, which may hold no script.
 */
document.addEventListener('change', function (event) {
    var select = event.target;
    if (select instanceof HTMLSelectElement && select.hasAttribute('data-submit-on-change') && select.form) {
        select.form.submit();
    }
});

document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        try {
            new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
        } catch (e) {
            console.error('Chart not drawn', canvas, e);
        }
    });
});
