"""The reader's words: the query as meant, the terms in it, and excerpts that mark them."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
EXCERPT_CHARS = 220


def clean_query(raw):
    """The query a reader meant: control characters gone, spaces collapsed, at most 200 chars."""
    text = "".join(
        " " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in (raw or "")
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """Words for the substring fallback and the plain highlighter: letters and digits only."""
    words = re.findall(r"\w+", query.lower())
    seen = []
    for word in words:
        if word not in seen and not (len(word) < 2 and len(words) > 1):
            seen.append(word)
    return seen[:MAX_TERMS]


def highlight(text, terms, width=EXCERPT_CHARS):
    """An escaped excerpt around the first hit, each hit wrapped in <mark>."""
    text = " ".join((text or "").split())
    lowered = text.lower()
    positions = [lowered.find(term) for term in terms if term in lowered]
    start = max(0, min(positions) - width // 3) if positions else 0
    excerpt = text[start : start + width]
    if not terms:
        return escape(excerpt)
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(excerpt[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + width < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece escaped
