"""Responsive images: smaller copies of an uploaded image, made once with Pillow, for srcset.

Renditions live next to the media files under ``renditions/`` and are named after the source
path and width, so they are made on the first page view that needs them and reused after.
Their sizes are kept in the cache so a page does not open image files on every request.
"""

import hashlib
import logging
from io import BytesIO
from pathlib import PurePosixPath

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

logger = logging.getLogger(__name__)

RENDITION_DIR = "renditions"
CACHE_SECONDS = 60 * 60 * 24 * 30


def _rendition_name(name, width):
    stem = PurePosixPath(name)
    digest = hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{RENDITION_DIR}/{stem.parent}/{stem.stem}-{digest}-{width}w.webp"


def _make(name, widths):
    """Open the original once, write every missing width, return (original size, made widths)."""
    from PIL import Image

    with default_storage.open(name, "rb") as handle:
        image = Image.open(handle)
        image.load()
    original = image.size
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    made = []
    for width in sorted(set(widths)):
        if width >= original[0] and made:
            break
        width = min(width, original[0])
        target = _rendition_name(name, width)
        if not default_storage.exists(target):
            height = round(original[1] * width / original[0])
            copy = image.resize((width, height), Image.Resampling.LANCZOS)
            buffer = BytesIO()
            copy.save(buffer, "WEBP", quality=78, method=4)
            default_storage.save(target, ContentFile(buffer.getvalue()))
        made.append(width)
    return original, made


def rendition_set(field, widths=(320, 640, 960, 1280)):
    """src, srcset, width and height for an <img> of this image field, or None without one.

    A missing or unreadable file gives None: a page without its picture beats a page that fails.
    """
    if not field:
        return None
    name = field.name
    key = f"rendition:{name}:{','.join(map(str, widths))}"
    info = cache.get(key)
    if info is None:
        try:
            original, made = _make(name, widths)
        except (OSError, ValueError):
            logger.warning("Could not make renditions of %s", name, exc_info=True)
            return None
        info = {"size": original, "widths": made}
        cache.set(key, info, CACHE_SECONDS)
    width, height = info["size"]
    made = info["widths"]
    urls = [(default_storage.url(_rendition_name(name, w)), w) for w in made]
    return {
        "src": urls[-1][0] if urls else field.url,
        "srcset": ", ".join(f"{url} {w}w" for url, w in urls),
        "width": width,
        "height": height,
    }
