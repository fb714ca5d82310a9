"""What each section of /sitemap.xml lists (stories/sitemaps.py serves them).

A kind of public page gives the sections it has content for, with their number of URLs and
newest change, in one query, and the rows of one section in a stable order, in one query, so
that the view can cut them into pages. Every list goes through published().
"""

from datetime import datetime

from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.db.models import Count, Max, Min, OuterRef, Subquery
from django.db.models.functions import Greatest, TruncMonth
from django.utils import timezone

from newsdigest.core.routes import fixed_url, slug_url
from topics.models import Topic

from .models import Question, SourceSummary, Story, StoryAuthor, StoryQuerySet, StoryTopic

_SLUG = "sitemap-slug"


def _newest_story(link, field, now):
    """When the newest public story linked to the outer row through ``link.field`` went live.

    One probe of the newest public stories per row, where a join and GROUP BY read every story
    of the archive.
    """
    links = link.objects.filter(
        StoryQuerySet.published_q("story__", now=now), **{field: OuterRef("pk")}
    )
    return Subquery(links.order_by("-story__published_at").values("story__published_at")[:1])


def _slug_path(route):
    """The route's path for a slug, reversed once a page instead of once a URL."""
    head, _mark, tail = slug_url(route, _SLUG).partition(_SLUG)
    return lambda slug: f"{head}{slug}{tail}"


def _newest(*times):
    return max(filter(None, times), default=None)


def month_bounds(year, month):
    """The first instant of the month and of the next one, in the site's time zone."""
    zone = timezone.get_default_timezone()
    return (
        datetime(year, month, 1, tzinfo=zone),
        datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone),
    )


class Kind:
    """One kind of public page: its sections of the sitemap and what each lists."""

    name = ""
    route = ""
    changefreq = "weekly"
    priority = "0.5"
    monthly = False

    def sections(self, now):
        """(month or None, number of URLs, newest lastmod) for each section with content."""
        raise NotImplementedError

    def rows(self, now, bounds=None):
        """Every public page of this kind (of one month), in a stable order, sliceable."""
        raise NotImplementedError

    def entries(self, rows):
        """(path, lastmod) for each of ``rows()``, which are (slug, lastmod) unless a kind
        says otherwise."""
        path = _slug_path(self.route)
        return [(path(slug), lastmod) for slug, lastmod in rows]


class Pages(Kind):
    """Home, the topic index and the publisher's own pages (about, masthead, policies)."""

    name = "pages"

    def entries(self, rows):
        return rows

    def _dates(self, now):
        # The topic index changes with its topics as well as with the stories it counts; one
        # query reads both dates.
        newest_topic = Topic.objects.order_by("-updated_at").values("updated_at")[:1]
        dates = Story.objects.published(now=now).aggregate(
            latest=Max("published_at"), topics=Max(Subquery(newest_topic))
        )
        return dates["latest"], _newest(dates["latest"], dates["topics"])

    def sections(self, now):
        # Home and the topic index are always there, and flatpages are a handful: one page.
        return [(None, 1, _newest(*self._dates(now)))]

    def rows(self, now, bounds=None):
        home, topic_index = self._dates(now)
        flatpages = FlatPage.objects.filter(
            sites__id=settings.SITE_ID, registration_required=False
        ).order_by("url")
        return [
            (fixed_url("stories:home"), home),
            (fixed_url("topics:index"), topic_index),
            # A flatpage records no time of its last edit.
            *((page.get_absolute_url(), None) for page in flatpages.only("url")),
        ]


class Topics(Kind):
    """Every topic, dated by its own last edit or its newest public story."""

    name = "topics"
    route = "topics:detail"
    changefreq = "daily"
    priority = "0.7"

    def _topics(self, now):
        return Topic.objects.annotate(latest=_newest_story(StoryTopic, "topic", now))

    def sections(self, now):
        # A date or two per topic: far fewer rows than the stories they summarise.
        dates = [_newest(*row) for row in self._topics(now).values_list("updated_at", "latest")]
        return [(None, len(dates), _newest(*dates))] if dates else []

    def rows(self, now, bounds=None):
        return self._topics(now).order_by("slug").values_list("slug", "updated_at", "latest")

    def entries(self, rows):
        path = _slug_path(self.route)
        return [(path(slug), _newest(updated, latest)) for slug, updated, latest in rows]


class _Listing(Kind):
    """Authors and outlets: listed once they have a public story, dated by the newest."""

    priority = "0.4"
    link = None
    field = ""

    def _listed(self, now):
        model = self.link._meta.get_field(self.field).related_model
        return model.objects.annotate(latest=_newest_story(self.link, self.field, now)).filter(
            latest__isnull=False
        )

    def sections(self, now):
        dates = list(self._listed(now).values_list("latest", flat=True))
        return [(None, len(dates), max(dates))] if dates else []

    def rows(self, now, bounds=None):
        return self._listed(now).order_by("slug").values_list("slug", "latest")


class Authors(_Listing):
    name = "authors"
    link = StoryAuthor
    field = "author"
    route = "stories:author"


class Outlets(_Listing):
    name = "outlets"
    link = SourceSummary
    field = "outlet"
    route = "stories:outlet"


class _Monthly(Kind):
    """Explainers or their questions, a section for each month of publication."""

    monthly = True
    # The story's publication time, seen from the rows listed.
    published = ""
    ordering = ()

    def _public(self, now):
        raise NotImplementedError

    def _lastmod(self):
        # Never earlier than the publication: a page goes live when its story does.
        return Greatest("updated_at", self.published)

    def sections(self, now):
        zone = timezone.get_default_timezone()
        months = (
            self._public(now)
            .annotate(month=TruncMonth(self.published, tzinfo=zone))
            .values("month")
            # No ORDER BY: PostgreSQL would sort every row to group them instead of hashing.
            .order_by()
            .annotate(count=Count("pk"), lastmod=Max(self._lastmod()))
            .values_list("month", "count", "lastmod")
        )
        return sorted(months, reverse=True)

    def rows(self, now, bounds=None):
        start, end = bounds
        return (
            self._public(now)
            .filter(**{f"{self.published}__gte": start, f"{self.published}__lt": end})
            .annotate(lastmod=self._lastmod())
            .order_by(*self.ordering)
            .values_list("slug", "lastmod")
        )


class Stories(_Monthly):
    name = "stories"
    changefreq = "daily"
    priority = "0.9"
    route = "stories:detail"
    published = "published_at"
    ordering = ("-published_at", "-pk")

    def _public(self, now):
        return Story.objects.published(now=now)


class Questions(_Monthly):
    name = "questions"
    priority = "0.6"
    route = "stories:question"
    published = "story__published_at"
    ordering = ("-story__published_at", "story_id", "position", "pk")

    def _public(self, now):
        return Question.objects.published(now=now)

    def rows(self, now, bounds=None):
        # Told only the month, PostgreSQL reads every question to join them to the month's
        # stories; told the span of those stories' ids as well, it reads the few it needs by
        # index (docs/performance.md, "Scale"). The count stops it from answering MIN and MAX
        # by walking the primary key from either end.
        start, end = bounds
        span = (
            Story.objects.published(now=now)
            .filter(published_at__gte=start, published_at__lt=end)
            .aggregate(count=Count("pk"), first=Min("pk"), last=Max("pk"))
        )
        if not span["count"]:
            return Question.objects.none()
        return (
            super()
            .rows(now, bounds)
            .filter(story_id__gte=span["first"], story_id__lte=span["last"])
        )


KINDS = {
    kind.name: kind for kind in (Pages(), Topics(), Authors(), Outlets(), Stories(), Questions())
}
