"""The kinds of search result, each declared once and registered in KINDS.

A new kind is a Searchable here and an entry in KINDS: the form, the page and both backends
read these declarations and never ask which kind they hold.
"""

from django.utils.translation import gettext_lazy as _

from topics.models import Topic

from ..models import Question, Story
from .searchable import Hit, Searchable, WindowedSearchable


class Topics(Searchable):
    """Topics by name, bio and description; neither the topic nor the date filter applies."""

    name = "topics"
    label = _("Topics")
    model = Topic
    fields = ("name", "bio", "description")
    tiers = (("name",),)
    # A few hundred rows: a vector computed on the fly is cheaper than keeping one.
    weights = {"name": "A", "bio": "B", "description": "C"}
    excerpt_fields = ("bio",)
    ordering = ("-rank", "name")

    def published(self):
        # A topic has no state that hides it: every topic has a public page.
        return Topic.objects.only("name", "slug", "kind", "bio")

    def hit(self, obj, excerpt):
        return Hit(
            self.name, obj.name, obj.get_absolute_url(), excerpt, context=obj.get_kind_display()
        )


class Explainers(WindowedSearchable):
    """Published explainers, with what the outlets reported as part of each."""

    name = "stories"
    label = _("Explainers")
    model = Story
    fields = (
        "headline",
        "standfirst",
        "what_happened",
        "behind_headline",
        "papers_say",
        "how_we_got_here",
    )
    related = {"sources": ("title", "summary")}
    tiers = (("headline",), ("headline", "standfirst"))
    excerpt_fields = ("standfirst", "what_happened")
    markup_fields = ("what_happened",)
    topic_field = "storytopic__topic__slug"
    date_field = "published_at"
    scan = ("-published_at", "-pk")

    def published(self):
        return Story.objects.published().only(
            "headline", "slug", "standfirst", "what_happened", "published_at"
        )

    def order(self, rank, seconds, pk):
        # Best first, then newest, then the higher key: the database's old ORDER BY.
        return (-rank, -seconds, -pk)

    def hit(self, obj, excerpt):
        return Hit(self.name, obj.headline, obj.get_absolute_url(), excerpt, obj.published_at)


class Questions(WindowedSearchable):
    """Published questions on published explainers."""

    name = "questions"
    label = _("Questions")
    model = Question
    fields = ("text", "lede", "answer")
    tiers = (("text",), ("text", "lede"))
    excerpt_fields = ("lede", "answer")
    markup_fields = ("answer",)
    topic_field = "story__storytopic__topic__slug"
    date_field = "story__published_at"
    # Newest questions first: the primary key walks them in that order without a sort.
    scan = ("-pk",)

    def published(self):
        return (
            Question.objects.published()
            .select_related("story")
            .only("text", "slug", "lede", "answer", "story__headline", "story__published_at")
        )

    def order(self, rank, seconds, pk):
        # Best first, then the newest explainer's, then in the order asked.
        return (-rank, -seconds, pk)

    def hit(self, obj, excerpt):
        story = obj.story
        return Hit(
            self.name,
            obj.text,
            obj.get_absolute_url(),
            excerpt,
            story.published_at,
            context=story.headline,
        )


TOPICS = Topics()
EXPLAINERS = Explainers(cards=TOPICS)
QUESTIONS = Questions()

# In the order of the tabs; the first is shown when the address names no kind.
KINDS = {kind.name: kind for kind in (EXPLAINERS, QUESTIONS, TOPICS)}
DEFAULT = EXPLAINERS
