"""The one allow-list for editor rich text. Everything stored or shown as HTML passes here."""

import nh3

ALLOWED_TAGS = {"p", "br", "em", "strong", "i", "b", "ul", "ol", "li", "a", "blockquote", "h3"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def clean_html(value):
    """Reduce editor HTML to the allow-list: no scripts, handlers, styles or dangerous URLs."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
