from django.conf import settings
from django.db.models import Count, Max
from django.http import (
    Http404,
    HttpResponsePermanentRedirect,
)
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, TemplateView

from newsdigest.core import robots
from newsdigest.core.pagination import paginate
from topics.models import Topic

from .explainer_query import explainer_queryset
from .models import (
    Author,
    Outlet,
    Question,
    Story,
    StorySlugRedirect,
    StoryTag,
)
from .permissions import can_preview


def topics_in_the_news(limit=8, now=None, recent=100):
    """Topics of the most recently published explainers, freshest first, in one query.

    Only the newest ``recent`` explainers are looked at, so the home page never aggregates
    the whole archive; story_count counts among those.
    """
    newest = Story.objects.published(now=now).order_by("-published_at", "-pk").values("pk")
    # Filtering before annotating makes the aggregates use the same, filtered join.
    return list(
        Topic.objects.filter(stories__in=newest[:recent])
        .annotate(
            last_published=Max("stories__published_at"),
            story_count=Count("stories", distinct=True),
        )
        .order_by("-last_published", "name")[:limit]
    )


class StoryDetailView(DetailView):
    model = Story
    context_object_name = "story"

    def get_queryset(self):
        """Only published stories, unless a staff member with change permission previews."""
        qs = Story.objects.all() if can_preview(self.request.user) else Story.objects.published()
        return explainer_queryset(qs)

    def get(self, request, *args, **kwargs):
        slug = kwargs["slug"]
        try:
            self.object = self.get_object()
        except Http404:
            redirect = (
                StorySlugRedirect.objects.filter(old_slug=slug).select_related("story").first()
            )
            if redirect and redirect.story.is_published():
                return HttpResponsePermanentRedirect(redirect.story.get_absolute_url())
            if Story.objects.filter(slug=slug, status=Story.Status.WITHDRAWN).exists():
                return render(request, "410.html", status=410)
            raise
        context = self.get_context_data(object=self.object)
        response = self.render_to_response(context)
        if context["is_preview"]:
            add_never_cache_headers(response)
            response["Cache-Control"] = "private, no-store"
            robots.header(response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        story = self.object
        context["is_preview"] = not story.is_published()
        return context


class QuestionDetailView(DetailView):
    context_object_name = "question"

    def get_queryset(self):
        return Question.objects.published().select_related("story")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        question = self.object
        context["story"] = question.story
        context["other_questions"] = list(
            Question.objects.published()
            .filter(story=question.story)
            .exclude(pk=question.pk)
            .order_by("position", "submitted_at", "pk")
            .only("text", "slug", "story_id")
        )
        return context


class HomeView(TemplateView):
    template_name = "stories/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Story.objects.published().for_listing()
        lead = published.filter(featured=True).first() or published.first()
        latest = published.exclude(pk=lead.pk) if lead else published
        context["lead"] = lead
        context["latest"] = list(latest[: settings.NEWSDIGEST["PAGE_SIZE"]])
        context["topics_in_news"] = topics_in_the_news()
        return context


class _ListingDetailView(DetailView):
    """A page about one thing with a paginated list of the published explainers about it."""

    stories_filter = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stories = (
            Story.objects.published()
            .filter(**{self.stories_filter: self.object})
            .distinct()
            .for_listing()
        )
        page = paginate(self.request, stories)
        context["page_obj"] = page
        context["stories"] = page.object_list
        return context


class AuthorDetailView(_ListingDetailView):
    model = Author
    stories_filter = "authors"


class OutletDetailView(_ListingDetailView):
    model = Outlet
    stories_filter = "sources__outlet"


class TagDetailView(_ListingDetailView):
    model = StoryTag
    template_name = "stories/tag_detail.html"
    context_object_name = "tag"
    stories_filter = "tags"

    def get_queryset(self):
        """Tags of published stories only: a tag that only drafts use names what is coming."""
        published = Story.objects.published().values("pk")
        return StoryTag.objects.filter(tagged_stories__content_object__in=published).distinct()
