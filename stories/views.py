import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import connection
from django.db.models import Count, Max
from django.http import (
    Http404,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, TemplateView

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
from .pagination import CappedPaginator


def paginate(request, queryset, per_page=None):
    """A page of results that never fails on bad input: junk or overflow shows a real page."""
    # Capped: an archive of 100 000 explainers costs no COUNT(*) and no huge OFFSET.
    paginator = CappedPaginator(queryset, per_page or settings.NEWSDIGEST["PAGE_SIZE"])
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


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


class StoryGone(Exception):
    """A withdrawn story: 410, so search engines drop it."""


def can_preview(user):
    return user.is_authenticated and user.is_staff and user.has_perm("stories.change_story")


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
        if not self.object.is_published():
            add_never_cache_headers(response)
            response["Cache-Control"] = "private, no-store"
            response["X-Robots-Tag"] = "noindex"
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


def _cache_answers():
    """Whether the shared cache stores and returns a value right now."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        answered = cache.get(key) == "1"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - a cache that fails in any way is degraded
        return False
    return answered


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not.

    A cache that does not answer only degrades the site (pages are served uncached), so it is
    reported in the body but keeps the 200.
    """
    cache_state = "ok" if _cache_answers() else "degraded"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse(
            {"status": "error", "database": _("unreachable"), "cache": cache_state}, status=503
        )
    status = "ok" if cache_state == "ok" else "degraded"
    return JsonResponse({"status": status, "database": "ok", "cache": cache_state})


def server_error(request):
    """The 500 page, rendered without the database or the request: either may be what broke."""
    html = loader.render_to_string("500.html", {"site": settings.NEWSDIGEST})
    return HttpResponseServerError(html)
