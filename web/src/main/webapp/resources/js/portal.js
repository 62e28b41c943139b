/*
 * Small behaviours of the portal's plain HTML, kept out of the pages (the Content-Security-Policy
 * allows no inline script without the request's nonce; a file of our own is allowed).
 *
 * A select marked data-submit-on-change sends its form as soon as a value is chosen: the dealer's
 * year select is a plain GET form, so the chosen year has its own address (?year=).
 */
document.addEventListener('change', function (event) {
    var select = event.target;
    if (select instanceof HTMLSelectElement && select.hasAttribute('data-submit-on-change') && select.form) {
        select.form.submit();
    }
});
