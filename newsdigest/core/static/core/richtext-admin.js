'use strict';
// Formatting buttons for the rich-text textareas in the admin. They only type the allowed
// tags around the selection; the server cleans whatever is saved, with or without them.
{
    document.documentElement.classList.add('richtext-js');

    const WRAPS = {
        p: ['<p>', '</p>'],
        strong: ['<strong>', '</strong>'],
        em: ['<em>', '</em>'],
        h3: ['<h3>', '</h3>'],
        blockquote: ['<blockquote><p>', '</p></blockquote>'],
    };

    function replaceSelection(textarea, text) {
        const start = textarea.selectionStart;
        textarea.setRangeText(text, start, textarea.selectionEnd, 'select');
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
        textarea.focus();
    }

    function selection(textarea) {
        return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
    }

    function list(textarea, tag) {
        const lines = selection(textarea).split('\n').map((line) => line.trim()).filter(Boolean);
        const items = (lines.length ? lines : ['']).map((line) => `<li>${line}</li>`).join('\n');
        replaceSelection(textarea, `<${tag}>\n${items}\n</${tag}>`);
    }

    function link(textarea, question) {
        const address = window.prompt(question, 'https://');
        if (!address || address === 'https://') {
            return;
        }
        const href = address.trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        replaceSelection(textarea, `<a href="${href}">${selection(textarea)}</a>`);
    }

    // Delegated, so rows that the admin adds later ("Add another question") work too.
    document.addEventListener('click', (event) => {
        const button = event.target.closest('.richtext-toolbar button[data-tag]');
        if (!button) {
            return;
        }
        event.preventDefault();
        const toolbar = button.closest('.richtext-toolbar');
        const textarea = toolbar.closest('.richtext-field').querySelector('textarea');
        const tag = button.dataset.tag;
        if (tag === 'ul' || tag === 'ol') {
            list(textarea, tag);
        } else if (tag === 'a') {
            link(textarea, toolbar.dataset.linkPrompt);
        } else {
            const [before, after] = WRAPS[tag];
            replaceSelection(textarea, before + selection(textarea) + after);
        }
    });
}
