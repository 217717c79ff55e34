/*
 * The rich-text editor of statements (PrimeFaces' text editor, built on Quill), made usable by keyboard and screen
 * reader: the editing area is a named multi-line text box, Tab and Shift+Tab leave it as they leave any field
 * (Quill would insert a tab character and keep the focus), and the paragraph-style picker has a name. The toolbar
 * buttons are named in the page itself.
 */
(function () {
    /** The Quill instance PrimeFaces made for this editor, once it has made it. */
    function quillOf(editor) {
        var widgets = window.PrimeFaces ? PrimeFaces.widgets : {};
        for (var name in widgets) {
            var widget = widgets[name];
            if (widget && widget.editor && widget.editor.keyboard && widget.jq && widget.jq[0] === editor) {
                return widget.editor;
            }
        }
        return null;
    }

    /** Names the editor's parts and frees Tab; true once Quill has built the editor, so nothing is left to do. */
    function makeAccessible(container) {
        var editor = container.querySelector('.ui-texteditor');
        var quill = editor ? quillOf(editor) : null;
        if (!quill) {
            return false;
        }
        var label = document.querySelector('label[for="' + editor.id + '"]');
        if (label && !label.id) {
            label.id = editor.id + '_label';
        }
        var area = editor.querySelector('.ql-editor');
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        if (label) {
            area.setAttribute('aria-labelledby', label.id);
            if (editor.getAttribute('role')) {
                editor.setAttribute('aria-labelledby', label.id);
            }
        }
        if (container.getAttribute('data-keyboard-hint')) {
            area.setAttribute('aria-description', container.getAttribute('data-keyboard-hint'));
        }
        editor.querySelectorAll('.ql-picker-label').forEach(function (picker) {
            picker.setAttribute('aria-label', container.getAttribute('data-style-label'));
        });
        // Quill 2 keys its bindings by key name, Quill 1 by key code.
        delete quill.keyboard.bindings.Tab;
        delete quill.keyboard.bindings[9];
        return true;
    }

    // PrimeFaces loads Quill on demand, so the editor may be built after the page's load event: each editor is
    // watched until it is built, then left alone.
    window.addEventListener('load', function () {
        document.querySelectorAll('.accessible-editor').forEach(function (container) {
            if (makeAccessible(container)) {
                return;
            }
            var observer = new MutationObserver(function () {
                if (makeAccessible(container)) {
                    observer.disconnect();
                }
            });
            observer.observe(container, {childList: true, subtree: true});
        });
    });
})();
