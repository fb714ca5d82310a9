"""Structured data (schema.org JSON-LD) and page metadata for search engines and feed readers.

Builders take the request, so every address is absolute for the host that was asked, and
objects the page has already loaded: they run no queries of their own beyond what the view
prefetched. Only public content reaches them; views filter through published().
"""

import json
import re

from django.conf import settings
from django.core.files.storage import default_storage
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext

from newsdigest.core.routes import fixed_url
from publisher.identity import current
from topics.models import Topic

SCHEMA_CONTEXT = "https://schema.org"
DESCRIPTION_LENGTH = 160

# The publisher's own pages: flatpages edited in the admin, by their URL names.
PUBLISHER_PAGES = {
    "about": "about",
    "masthead": "masthead",
    "corrections": "corrections_policy",
    "ethics": "ethics_policy",
}

TOPIC_TYPES = {
    Topic.Kind.PERSON: "Person",
    Topic.Kind.PLACE: "Place",
    Topic.Kind.ORGANISATION: "Organization",
    Topic.Kind.SUBJECT: "Thing",
}

# Inside <script>, "</script>" or "<!--" in a headline would end or derail the element.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def dumps(data):
    """JSON that is safe to place verbatim inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


def absolute(request, url):
    """An absolute address on the host the request came to; empty stays empty."""
    return request.build_absolute_uri(url) if url else ""


def iso(value):
    """An ISO 8601 time in the site's time zone, with its offset."""
    return timezone.localtime(value).replace(microsecond=0).isoformat() if value else None


# Where one block of rich text ends and the next begins, plain text needs a space.
_BLOCK_END = re.compile(r"<(?:br|/p|/li|/h[1-6]|/blockquote|/div)\b[^>]*>", re.IGNORECASE)


def plain_text(html):
    """Rich text as one line of plain text, words kept apart where blocks met."""
    return " ".join(strip_tags(_BLOCK_END.sub(" ", html or "")).split())


def describe(text, length=DESCRIPTION_LENGTH):
    """Plain text short enough for a search result snippet."""
    return Truncator(plain_text(text)).chars(length)


def language_code():
    """The language of the content, as a BCP 47 tag (en-GB)."""
    code = get_language() or settings.LANGUAGE_CODE
    lang, _sep, region = code.partition("-")
    return f"{lang}-{region.upper()}" if region else lang


def image_url(request, field):
    """The absolute address of an uploaded image, or empty when there is none."""
    return absolute(request, field.url) if field else ""


def logo_url(request):
    """The publisher's logo: the one uploaded in the admin, else NEWSDIGEST["LOGO"] (a static
    path or an address)."""
    site = current(request)
    if site["LOGO_FILE"]:
        return absolute(request, default_storage.url(site["LOGO_FILE"]))
    path = site["LOGO"]
    if not path:
        return ""
    if path.startswith(("http://", "https://", "/")):
        return absolute(request, path)
    try:
        return absolute(request, static(path))
    except ValueError:
        # Missing from the static manifest: no logo beats a page that fails.
        return ""


def _compact(data):
    """Drop empty values so the JSON-LD carries no blank properties."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def organization(request):
    """The site as a NewsMediaOrganization, with its masthead and policies."""
    site = current(request)
    home = absolute(request, fixed_url("stories:home"))
    logo = logo_url(request)
    pages = {key: absolute(request, fixed_url(name)) for key, name in PUBLISHER_PAGES.items()}
    return _compact(
        {
            "@type": "NewsMediaOrganization",
            "@id": f"{home}#publisher",
            "name": site["SITE_NAME"],
            "description": str(site.get("TAGLINE", "")),
            "url": home,
            "logo": _compact({"@type": "ImageObject", "url": logo}) if logo else None,
            "masthead": pages["masthead"],
            "correctionsPolicy": pages["corrections"],
            "ethicsPolicy": pages["ethics"],
            "publishingPrinciples": pages["ethics"],
            "ownershipFundingInfo": pages["about"],
        }
    )


def website(request):
    """The site itself, published by the organisation."""
    home = absolute(request, fixed_url("stories:home"))
    return {
        "@type": "WebSite",
        "@id": f"{home}#website",
        "name": current(request)["SITE_NAME"],
        "url": home,
        "inLanguage": language_code(),
        "publisher": {"@id": f"{home}#publisher"},
    }


def breadcrumbs(request, trail):
    """A BreadcrumbList from (name, url) pairs, home first."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(name),
                "item": absolute(request, url),
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def home_crumb():
    """The first step of every breadcrumb trail."""
    return (gettext("Home"), fixed_url("stories:home"))


def person(request, author):
    """An author as a schema.org Person, linked to their author page."""
    return _compact(
        {
            "@type": "Person",
            "name": author.name,
            "url": absolute(request, author.get_absolute_url()),
            "jobTitle": author.role,
            "image": image_url(request, author.photo),
        }
    )


def topic_entity(request, topic, *, full=False):
    """A topic as Person, Place, Organization or Thing, tied to Wikidata by sameAs."""
    data = {
        "@type": TOPIC_TYPES.get(topic.kind, "Thing"),
        "name": topic.name,
        "url": absolute(request, topic.get_absolute_url()),
        "description": topic.bio,
        "sameAs": topic.wikidata_url,
    }
    if full:
        data["image"] = image_url(request, topic.image)
        if topic.description:
            data["disambiguatingDescription"] = describe(topic.description, 300)
    return _compact(data)


def story_modified(story):
    """When the story last changed; never earlier than its publication."""
    if story.updated_at and story.published_at:
        return max(story.updated_at, story.published_at)
    return story.updated_at or story.published_at


def news_article(request, story):
    """An explainer as a NewsArticle: every author, the dates, the publisher and its topics."""
    url = absolute(request, story.get_absolute_url())
    image = image_url(request, story.hero_image)
    return _compact(
        {
            "@type": "NewsArticle",
            "@id": f"{url}#article",
            "mainEntityOfPage": url,
            "url": url,
            "headline": Truncator(story.headline).chars(110),
            "description": describe(story.standfirst, 300),
            "articleSection": str(story.get_label_display()),
            "datePublished": iso(story.published_at),
            "dateModified": iso(story_modified(story)),
            "author": [person(request, author) for author in story.authors.all()],
            "publisher": organization(request),
            "image": [image] if image else None,
            "about": [topic_entity(request, topic) for topic in story.topics.all()],
            "keywords": [tag.name for tag in story.tags.all()],
            "inLanguage": language_code(),
            "isAccessibleForFree": True,
        }
    )


def qa_page(request, question):
    """A question page as a QAPage whose accepted answer is ours; the asker stays anonymous."""
    story = question.story
    url = absolute(request, question.get_absolute_url())
    answered_at = iso(question.moderated_at or story.published_at)
    publisher = organization(request)
    return {
        "@type": "QAPage",
        "url": url,
        "isPartOf": absolute(request, story.get_absolute_url()),
        "mainEntity": _compact(
            {
                "@type": "Question",
                "name": question.text,
                "text": describe(question.lede, 500) or question.text,
                "answerCount": 1,
                "datePublished": answered_at,
                "acceptedAnswer": _compact(
                    {
                        "@type": "Answer",
                        "text": plain_text(question.answer),
                        "url": f"{url}#answer",
                        "datePublished": answered_at,
                        "author": {
                            "@type": publisher["@type"],
                            "name": publisher["name"],
                            "url": publisher["url"],
                        },
                    }
                ),
            }
        ),
    }


def story_trail(story):
    """Home › the story."""
    return [home_crumb(), (story.headline, story.get_absolute_url())]


def graph(*nodes):
    """Several schema.org nodes in one document."""
    return {"@context": SCHEMA_CONTEXT, "@graph": [node for node in nodes if node]}


def story_jsonld(request, story):
    """An explainer page: the article and its breadcrumb trail."""
    return graph(news_article(request, story), breadcrumbs(request, story_trail(story)))


def question_jsonld(request, question):
    """A question page: the QAPage and the trail through its explainer."""
    trail = [*story_trail(question.story), (question.text, question.get_absolute_url())]
    return graph(qa_page(request, question), breadcrumbs(request, trail))


def topic_jsonld(request, topic):
    """A topic page: the person, place, organisation or thing, and its trail."""
    entity = topic_entity(request, topic, full=True)
    entity["mainEntityOfPage"] = absolute(request, topic.get_absolute_url())
    trail = [
        home_crumb(),
        (gettext("Topics"), fixed_url("topics:index")),
        (topic.name, topic.get_absolute_url()),
    ]
    return graph(entity, breadcrumbs(request, trail))


def author_jsonld(request, author):
    """An author page: a ProfilePage of a Person who works for the publisher."""
    profile = person(request, author)
    if author.bio:
        profile["description"] = describe(author.bio, 300)
    profile["worksFor"] = {"@id": organization(request)["@id"]}
    page = {
        "@type": "ProfilePage",
        "url": absolute(request, author.get_absolute_url()),
        "mainEntity": profile,
    }
    trail = [home_crumb(), (author.name, author.get_absolute_url())]
    return graph(page, breadcrumbs(request, trail), organization(request))


def outlet_jsonld(request, outlet):
    """An outlet page: the outlet as a news organisation of its own."""
    entity = _compact(
        {
            "@type": "NewsMediaOrganization",
            "name": outlet.name,
            "url": outlet.homepage,
            "mainEntityOfPage": absolute(request, outlet.get_absolute_url()),
        }
    )
    trail = [home_crumb(), (outlet.name, outlet.get_absolute_url())]
    return graph(entity, breadcrumbs(request, trail))


def tag_jsonld(request, tag):
    """A tag page: only its breadcrumb trail."""
    return graph(breadcrumbs(request, [home_crumb(), (tag.name, tag.get_absolute_url())]))


def site_jsonld(request):
    """The home page: the publisher and the website."""
    return graph(organization(request), website(request))
