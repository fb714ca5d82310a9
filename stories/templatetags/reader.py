"""Small pieces of the reader site: the coverage line, lean markers and responsive images."""

from django import template
from django.utils import dateformat
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from newsdigest.core.routes import fixed_url
from stories.images import rendition_set
from stories.models import Outlet

register = template.Library()

# The coverage line groups the five-step lean scale into three, as readers speak of it.
LEAN_GROUPS = [
    ("left", _("left"), {Outlet.Lean.LEFT, Outlet.Lean.LEAN_LEFT}),
    ("centre", _("centre"), {Outlet.Lean.CENTRE}),
    ("right", _("right"), {Outlet.Lean.LEAN_RIGHT, Outlet.Lean.RIGHT}),
    ("unrated", _("unrated"), {Outlet.Lean.UNRATED}),
]


@register.simple_tag
def coverage(sources):
    """How many outlets covered the story and how they spread across the lean scale.

    Works on the prefetched sources, so it costs no query. Each outlet counts once even when
    the roundup cites two of its articles.
    """
    outlets = {}
    for source in sources:
        outlets.setdefault(source.outlet_id, source.outlet)
    total = len(outlets)
    if not total:
        return None
    groups = []
    offset = 0.0
    for key, label, leans in LEAN_GROUPS:
        count = sum(1 for outlet in outlets.values() if outlet.lean in leans)
        if key == "unrated" and not count:
            continue
        share = 100.0 * count / total
        groups.append(
            {
                "key": key,
                "label": label,
                "count": count,
                "x": f"{offset:.2f}",
                "width": f"{share:.2f}",
            }
        )
        offset += share
    summary = ngettext("%(count)d outlet", "%(count)d outlets", total) % {"count": total}
    return {"total": total, "summary": summary, "groups": groups}


@register.filter
def lean_group(lean):
    """The colour family of a lean value: left, centre, right or unrated."""
    for key, _label, leans in LEAN_GROUPS:
        if lean in leans:
            return key
    return "unrated"


@register.filter
def lean_marker(outlet):
    """An outlet's lean as a coloured label, named in words for screen readers.

    A filter rather than an include: it runs once per outlet in the roundup.
    """
    return format_html(
        '<span class="lean lean--{}"><span class="visually-hidden">{} </span>{}</span>',
        lean_group(outlet.lean),
        gettext("Political lean:"),
        outlet.get_lean_display(),
    )


@register.filter(expects_localtime=True)
def timestamp(value, fmt="j F Y, H:i"):
    """A <time> element: machine-readable with its offset, shown in the site's time zone."""
    if not value:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>',
        dateformat.format(value, "c"),
        dateformat.format(value, fmt),
    )


@register.inclusion_tag("includes/picture.html")
def responsive_image(
    field, alt="", sizes="100vw", widths="320,640,960,1280", css_class="", eager=False
):
    """An <img> with srcset, width and height, lazy unless it is the page's first picture."""
    widths = tuple(int(w) for w in str(widths).split(","))
    return {
        "image": rendition_set(field, widths),
        "alt": alt,
        "sizes": sizes,
        "css_class": css_class,
        "eager": eager,
    }


@register.simple_tag
def route(viewname):
    """``{% url viewname %}`` for routes without arguments, reversed once per process."""
    return fixed_url(viewname)
