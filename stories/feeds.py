"""RSS 2.0 and Atom feeds of published explainers: the whole site, and one per topic."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from publisher.identity import current
from topics.models import Topic

from . import seo
from .models import Author, Story

FEED_LENGTH = 20
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"


class MultiAuthorRss(Rss201rev2Feed):
    """RSS 2.0 with one dc:creator per byline: an explainer often has several authors."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item.get("author_names", ()):
            handler.addQuickElement("dc:creator", name)


class MultiAuthorAtom(Atom1Feed):
    """Atom with one <author> per byline, each linking to the author's page."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, uri in item.get("authors", ()):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", uri)
            handler.endElement("author")


@dataclass
class FeedSource:
    """What one request's feed is about. Feed instances are shared between requests, so the
    request travels with the object instead of living on the feed."""

    request: HttpRequest
    topic: Topic | None = None


class LatestStoriesFeed(Feed):
    """The newest published explainers, RSS 2.0."""

    feed_type = MultiAuthorRss

    def get_object(self, request, *args, **kwargs):
        return FeedSource(request=request)

    def title(self, obj):
        return current(obj.request)["SITE_NAME"]

    def description(self, obj):
        return current(obj.request)["TAGLINE"]

    subtitle = description

    def link(self, obj):
        return seo.absolute(obj.request, reverse("stories:home"))

    def feed_url(self, obj):
        return obj.request.build_absolute_uri(obj.request.path)

    def feed_guid(self, obj):
        return self.feed_url(obj)

    def author_name(self, obj):
        # Atom needs an author for entries without a byline; the publisher stands in.
        return current(obj.request)["SITE_NAME"]

    def stories(self, obj):
        return Story.objects.published()

    def items(self, obj):
        """The newest explainers with bylines, topics and tags in three queries in all,
        whatever the number of items."""
        stories = list(
            self.stories(obj)
            .order_by("-published_at", "-pk")
            .prefetch_related(
                Prefetch("authors", queryset=Author.objects.order_by("storyauthor__position")),
                Prefetch("topics", queryset=Topic.objects.order_by("storytopic__position")),
                "tags",
            )[:FEED_LENGTH]
        )
        # item_link() sees only the item, and the syndication framework would otherwise
        # prefix the django.contrib.sites domain instead of the host the reader asked.
        for story in stories:
            story.feed_url = seo.absolute(obj.request, story.get_absolute_url())
            story.feed_authors = [
                (author.name, seo.absolute(obj.request, author.get_absolute_url()))
                for author in story.authors.all()
            ]
        return stories

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.feed_url

    def item_guid(self, item):
        return item.feed_url

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return seo.story_modified(item)

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()] + [tag.name for tag in item.tags.all()]

    def item_extra_kwargs(self, item):
        return {
            "author_names": [name for name, _uri in item.feed_authors],
            "authors": item.feed_authors,
        }


class LatestStoriesAtomFeed(LatestStoriesFeed):
    """The same explainers as Atom 1.0."""

    feed_type = MultiAuthorAtom


class TopicFeed(LatestStoriesFeed):
    """The newest published explainers about one topic."""

    def get_object(self, request, slug):
        return FeedSource(request=request, topic=get_object_or_404(Topic, slug=slug))

    def title(self, obj):
        return gettext("%(topic)s on %(site)s") % {
            "topic": obj.topic.name,
            "site": current(obj.request)["SITE_NAME"],
        }

    def description(self, obj):
        return obj.topic.bio or gettext("Explainers about %(topic)s.") % {"topic": obj.topic.name}

    subtitle = description

    def link(self, obj):
        return seo.absolute(obj.request, obj.topic.get_absolute_url())

    def stories(self, obj):
        return Story.objects.published().filter(topics=obj.topic)
