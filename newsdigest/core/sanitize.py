"""The one allow-list for editor rich text. Everything stored or shown as HTML passes here.

Editors get paragraphs, line breaks, emphasis, lists, links, quotes and subheadings; nothing
else survives: no scripts, event handlers, styles, classes, images, iframes or forms, and links
only to http(s), mailto or addresses on this site. Every link gets rel="noopener noreferrer".
"""

import nh3

ALLOWED_TAGS = frozenset(
    {"p", "br", "em", "strong", "i", "b", "ul", "ol", "li", "a", "blockquote", "h3", "h4"}
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Dropped with everything inside them: their content is code or markup, never prose.
REMOVED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)
LINK_REL = "noopener noreferrer"
_MAX_PASSES = 5

# Shown to editors under every rich-text field.
ALLOWED_SUMMARY = (
    "<p>, <br>, <strong>, <em>, <ul>/<ol> with <li>, <a href>, <blockquote>, <h3>, <h4>"
)

_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    # "*" replaces nh3's default attributes for every tag (title, lang) with none.
    attributes={"*": set()} | {tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(ALLOWED_URL_SCHEMES),
    link_rel=LINK_REL,
    strip_comments=True,
)


def clean_html(value):
    """Reduce editor HTML to the allow-list: no scripts, handlers, styles or dangerous URLs."""
    if not value:
        return ""
    text = str(value)
    # Badly nested input (a <select> inside a <p>) can come out as markup that parses
    # differently a second time; cleaning until nothing changes makes the result a fixed point.
    for _attempt in range(_MAX_PASSES):
        cleaned = _cleaner.clean(text).strip()
        if cleaned == text:
            break
        text = cleaned
    return text
