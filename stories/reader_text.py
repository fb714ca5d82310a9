"""Reader text as the site keeps it: invisible characters removed, normalised, its links
counted, and a fingerprint that finds the same question asked twice."""

import hashlib
import re
import unicodedata

# Bidi controls reorder what moderators see; zero-width characters hide words from filters
# and make duplicates look different. Both are removed along with every control character.
_INVISIBLE = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
)
_STRIPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_LINK_RE = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|io|co|ru|cn|xyz|top|uk|de|me|ly|to|gg|app"
    r"|dev|site|online|shop|link|click|live|tk|ml|ga|cf|gq|eu|us|fr|nl)\b(?:/\S*)?",
    re.IGNORECASE,
)


def _strip_invisible(value):
    return "".join(
        " "
        if ch in "\t\n\r\x0b\x0c\x85"
        else ""
        if ch in _INVISIBLE or unicodedata.category(ch) in _STRIPPED_CATEGORIES
        else ch
        for ch in value
    )


def clean_text(value):
    """Strip control, bidi and zero-width characters, NFKC-normalise, collapse whitespace."""
    value = _strip_invisible(value)
    value = unicodedata.normalize("NFKC", value)
    # NFKC can turn compatibility characters into new spaces or controls: strip again.
    value = _strip_invisible(value)
    return " ".join(value.split())


def count_links(value):
    """How many web addresses the text contains, written out or as a bare domain."""
    return len(_LINK_RE.findall(value))


def text_hash(value):
    """The same question however it is capitalised, spaced or punctuated: its fingerprint."""
    folded = clean_text(value).casefold()
    words = "".join(ch if ch.isalnum() else " " for ch in folded).split()
    return hashlib.sha256(" ".join(words).encode()).hexdigest()
