/*
 * The inspection entry page (hq/inspection.xhtml): PASS / FAIL / N/A buttons write the checkpoint's
 * hidden result field; a change (a mark, a comment) is saved by the page's remote command
 * "inspectionAutosave" a few seconds after the last one, or at once when the page is hidden. One
 * save at a time: a change during a save is saved right after it. A failed request (no connection)
 * is tried again, so what was entered reaches the server as soon as it can. Loaded as a file, since
 * the pages' Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';

    var DELAY = 2500;
    var RETRY = 5000;
    var timer = null;
    var saving = false;
    var dirty = false;

    function entry() {
        return document.querySelector('.insp-entry[data-editable="true"]');
    }

    function show(state) {
        var root = entry();
        var label = document.getElementById('saveState');
        if (root) {
            root.setAttribute('data-save-state', state);
        }
        if (label) {
            label.setAttribute('data-state', state);
            label.textContent = label.getAttribute('data-text-' + state) || '';
        }
    }

    function resultField(row) {
        return row.querySelector('input[type="hidden"][id$=":result"]');
    }

    /** The row's look from its fields: which button is pressed, whether a comment is wanted. */
    function refresh(row) {
        var field = resultField(row);
        var value = field ? field.value : '';
        var comment = row.querySelector('textarea.insp-comment');
        var text = comment ? comment.value.trim() : '';
        row.setAttribute('data-result', value);
        row.querySelectorAll('.insp-mark').forEach(function (button) {
            button.setAttribute('aria-pressed', String(button.getAttribute('data-result') === value));
        });
        row.classList.toggle('insp-comment-missing', value === 'FAIL' && text === '');
        if (value === 'FAIL' || text !== '') {
            row.classList.add('insp-comment-open');
        }
    }

    function schedule(delay) {
        clearTimeout(timer);
        timer = setTimeout(save, delay);
    }

    function changed() {
        dirty = true;
        show('dirty');
        schedule(DELAY);
    }

    function save() {
        clearTimeout(timer);
        timer = null;
        if (!dirty || saving || !entry() || typeof window.inspectionAutosave !== 'function') {
            return;
        }
        saving = true;
        dirty = false;
        show('saving');
        window.inspectionAutosave();
    }

    window.InspectionEntry = {
        /** A save button was pressed: the timer's save is not needed. */
        cancel: function () {
            clearTimeout(timer);
            timer = null;
            saving = true;
            dirty = false;
            show('saving');
        },
        /** The end of a save (the remote command's or a button's oncomplete). */
        saved: function (xhr, status, args) {
            saving = false;
            if (status !== 'success' || !args) {
                // no answer: keep the changes and try again
                dirty = true;
                show('offline');
                schedule(RETRY);
                return;
            }
            if (args.validationFailed) {
                show('failed');
                return;
            }
            if (dirty) {
                save();
            } else {
                show('saved');
            }
        },
        /** The end of a submission (it saved first): a refusal is shown beside the checkpoints. */
        submitted: function (xhr, status) {
            saving = false;
            if (status !== 'success') {
                dirty = true;
                show('offline');
                schedule(RETRY);
            } else if (dirty) {
                save();
            } else {
                show('clean');
            }
        },
        /** Whether something entered has not reached the server yet (for tests and the unload warning). */
        pending: function () {
            return dirty || saving;
        },
        flush: function () {
            save();
        }
    };

    document.addEventListener('click', function (event) {
        var root = entry();
        if (!root || !event.target.closest) {
            return;
        }
        var button = event.target.closest('.insp-mark');
        if (button && root.contains(button)) {
            var row = button.closest('.insp-checkpoint');
            var field = resultField(row);
            if (field) {
                field.value = button.getAttribute('data-result');
                refresh(row);
                changed();
            }
            return;
        }
        var toggle = event.target.closest('.insp-comment-toggle');
        if (toggle && root.contains(toggle)) {
            var owner = toggle.closest('.insp-checkpoint');
            owner.classList.add('insp-comment-open');
            var comment = owner.querySelector('textarea.insp-comment');
            if (comment) {
                comment.focus();
            }
        }
    });

    document.addEventListener('input', function (event) {
        var root = entry();
        if (root && event.target.matches && event.target.matches('textarea.insp-comment') && root.contains(event.target)) {
            refresh(event.target.closest('.insp-checkpoint'));
            changed();
        }
    });

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            save();
        }
    });

    window.addEventListener('beforeunload', function (event) {
        if (dirty || saving) {
            save();
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
