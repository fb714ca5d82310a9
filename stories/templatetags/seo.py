"""Page metadata for the <head>: description, canonical address, social cards, JSON-LD, feeds.

``{% page_meta as meta %}`` reads the page's own context (``story``, ``question``, ``topic``,
``author``, ``outlet``, ``tag``, ``lead``/``latest``) so views need not know about any of it.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from newsdigest.core import robots
from newsdigest.core.routes import fixed_url, slug_url
from publisher.identity import current, defaults
from stories import seo

register = template.Library()


def _canonical(request, url, page_obj=None):
    """The page's own address; later pages of a list keep their page number."""
    if page_obj is not None and getattr(page_obj, "number", 1) > 1:
        url = f"{url}?page={page_obj.number}"
    return seo.absolute(request, url)


def _site_feeds(site):
    name = site["SITE_NAME"]
    return [
        {
            "type": "application/rss+xml",
            "title": gettext("%(site)s (RSS)") % {"site": name},
            "url": fixed_url("stories:feed"),
        },
        {
            "type": "application/atom+xml",
            "title": gettext("%(site)s (Atom)") % {"site": name},
            "url": fixed_url("stories:feed_atom"),
        },
    ]


def _story_meta(request, context, story):
    preview = bool(context.get("is_preview")) or not story.is_published()
    meta = {
        "title": story.headline,
        "description": seo.describe(story.standfirst or story.what_happened),
        "canonical": seo.absolute(request, story.get_absolute_url()),
        "og_type": "article",
        "image": seo.image_url(request, story.hero_image),
        "image_alt": story.hero_alt,
        "noindex": preview,
    }
    # A preview is for staff only: nothing about it may reach a crawler.
    if not preview:
        meta["article"] = {
            "published_time": seo.iso(story.published_at),
            "modified_time": seo.iso(seo.story_modified(story)),
            "section": story.get_label_display(),
            "tags": [tag.name for tag in story.tags.all()],
        }
        meta["jsonld"] = seo.story_jsonld(request, story)
    return meta


def _question_meta(request, context, question):
    return {
        "title": question.text,
        "description": seo.describe(question.lede or question.answer),
        "canonical": seo.absolute(request, question.get_absolute_url()),
        "og_type": "article",
        "image": seo.image_url(request, question.story.hero_image),
        "image_alt": question.story.hero_alt,
        "jsonld": seo.question_jsonld(request, question),
    }


def _topic_meta(request, context, topic):
    meta = {
        "title": topic.name,
        "description": seo.describe(topic.bio or topic.description),
        "canonical": _canonical(request, topic.get_absolute_url(), context.get("page_obj")),
        "og_type": "profile" if topic.kind == topic.Kind.PERSON else "website",
        "image": seo.image_url(request, topic.image),
        "image_alt": topic.name,
        "jsonld": seo.topic_jsonld(request, topic),
    }
    meta["feeds"] = [
        {
            "type": "application/rss+xml",
            "title": gettext("%(topic)s on %(site)s (RSS)")
            % {"topic": topic.name, "site": current(request)["SITE_NAME"]},
            "url": slug_url("stories:topic_feed", topic.slug),
        },
        *_site_feeds(current(request)),
    ]
    return meta


def _author_meta(request, context, author):
    return {
        "title": author.name,
        "description": seo.describe(author.bio or author.role),
        "canonical": _canonical(request, author.get_absolute_url(), context.get("page_obj")),
        "og_type": "profile",
        "image": seo.image_url(request, author.photo),
        "image_alt": author.name,
        "jsonld": seo.author_jsonld(request, author),
    }


def _outlet_meta(request, context, outlet):
    return {
        "title": outlet.name,
        "description": seo.describe(
            gettext("Explainers that summarise the reporting of %(outlet)s.")
            % {"outlet": outlet.name}
        ),
        "canonical": _canonical(request, outlet.get_absolute_url(), context.get("page_obj")),
        "jsonld": seo.outlet_jsonld(request, outlet),
    }


def _tag_meta(request, context, tag):
    return {
        "title": tag.name,
        "description": gettext("Explainers tagged “%(tag)s”.") % {"tag": tag.name},
        "canonical": _canonical(request, tag.get_absolute_url(), context.get("page_obj")),
        "jsonld": seo.tag_jsonld(request, tag),
    }


def _home_meta(request, context, lead):
    return {
        "canonical": seo.absolute(request, fixed_url("stories:home")),
        "image": seo.image_url(request, lead.hero_image) if lead else "",
        "image_alt": lead.hero_alt if lead else "",
        "jsonld": seo.site_jsonld(request),
    }


# The first of these names the page holds decides what kind of page it is.
PAGES = [
    ("question", _question_meta),
    ("story", _story_meta),
    ("topic", _topic_meta),
    ("author", _author_meta),
    ("outlet", _outlet_meta),
    ("tag", _tag_meta),
]


def _view_name(request):
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else None


def _is_home(request, context):
    view_name = _view_name(request)
    if view_name is not None:
        return view_name == "stories:home"
    return "lead" in context or "latest" in context


def _other_meta(request, context):
    """Pages with no object of their own: the publisher's flatpages and the topic index."""
    flatpage = context.get("flatpage")
    if flatpage is not None:
        return {"title": flatpage.title, "canonical": seo.absolute(request, flatpage.url)}
    if _view_name(request) == "topics:index":
        return {"title": gettext("Topics"), "canonical": seo.absolute(request, request.path)}
    # Error and search pages: no canonical address to claim.
    return {}


def _page_specific_meta(request, context):
    if robots.is_kept_out(request):
        # Forms and search results: useful to readers, worthless in a search engine's index.
        return {"noindex": True}
    for name, build in PAGES:
        obj = context.get(name)
        if obj is not None:
            return build(request, context, obj)
    if _is_home(request, context):
        return _home_meta(request, context, context.get("lead"))
    return _other_meta(request, context)


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Everything the <head> says about this page to search engines, social sites and feeds."""
    request = context.get("request")
    # Django's own 500 view renders without a request, perhaps without a database: say only
    # what needs neither.
    site = current(request) if request is not None else defaults()
    meta = _page_specific_meta(request, context) if request is not None else {}
    meta.setdefault("title", site["SITE_NAME"])
    meta.setdefault("description", seo.describe(str(site.get("TAGLINE", ""))))
    meta.setdefault("og_type", "website")
    meta.setdefault("feeds", _site_feeds(site))
    if not meta.get("image") and request is not None:
        meta["image"] = seo.logo_url(request)
        meta["image_alt"] = site["SITE_NAME"]
    meta["site_name"] = site["SITE_NAME"]
    meta["locale"] = seo.language_code().replace("-", "_")
    meta["twitter_card"] = "summary_large_image" if meta.get("image") else "summary"
    return meta


@register.filter
def jsonld(value):
    """Serialise structured data for a <script type="application/ld+json"> element."""
    return mark_safe(seo.dumps(value))  # noqa: S308 - dumps() escapes <, > and & itself
