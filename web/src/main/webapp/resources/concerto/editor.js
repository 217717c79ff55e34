/*
 * The rich-text editor of statements (PrimeFaces' text editor, built on Quill), made usable by keyboard and screen
 * reader: the editing area is a named multi-line text box, Tab and Shift+Tab leave it as they leave any field
 * (Quill would insert a tab character and keep the focus), and the paragraph-style picker has a name. The toolbar
 * buttons are named in the page itself.
 */
function concertoEditorAccessibility() {
    document.querySelectorAll('.accessible-editor').forEach(function (container) {
        var editor = container.querySelector('.ui-texteditor');
        if (!editor) {
            return;
        }
        var label = document.querySelector('label[for="' + editor.id + '"]');
        var area = editor.querySelector('.ql-editor');
        if (label && !label.id) {
            label.id = editor.id + '_label';
        }
        if (area) {
            area.setAttribute('role', 'textbox');
            area.setAttribute('aria-multiline', 'true');
            if (label) {
                area.setAttribute('aria-labelledby', label.id);
            }
            var hint = container.getAttribute('data-keyboard-hint');
            if (hint) {
                area.setAttribute('aria-description', hint);
            }
        }
        if (label && editor.getAttribute('role')) {
            editor.setAttribute('aria-labelledby', label.id);
        }
        editor.querySelectorAll('.ql-picker-label').forEach(function (picker) {
            picker.setAttribute('aria-label', container.getAttribute('data-style-label'));
        });
        // The Quill instance of this editor: its Tab bindings go, so Tab moves the focus on.
        Object.keys(window.PrimeFaces ? PrimeFaces.widgets : {}).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget && widget.editor && widget.editor.keyboard && widget.jq && widget.jq[0] === editor) {
                var bindings = widget.editor.keyboard.bindings;
                delete bindings.Tab;
                delete bindings[9];
            }
        });
    });
}

// PrimeFaces loads Quill on demand, so the editor (and its style picker) may appear after the page's load event:
// the names and key bindings are set again whenever the editor's markup changes, until it has them all.
window.addEventListener('load', function () {
    concertoEditorAccessibility();
    document.querySelectorAll('.accessible-editor').forEach(function (container) {
        var observer = new MutationObserver(function () {
            concertoEditorAccessibility();
            var picker = container.querySelector('.ql-picker-label');
            if (picker && picker.getAttribute('aria-label') && container.querySelector('.ql-editor[role=textbox]')) {
                observer.disconnect();
            }
        });
        observer.observe(container, {childList: true, subtree: true});
    });
});
