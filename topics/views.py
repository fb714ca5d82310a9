from itertools import groupby

from django.db.models import Case, Count, Exists, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.views.generic import DetailView, ListView

from newsdigest.core.pagination import paginate
from stories.models import Question, Story, StoryQuerySet, StoryTopic

from .models import Topic

# Enough questions to show what readers wonder about, not a second archive.
TOPIC_QUESTIONS = 8
# The topic index counts a topic's explainers up to here and then says "100+": counting a
# decade of archive for every topic, on a page linked from every page, is not worth it.
INDEX_COUNT_CAP = 100


class TopicIndexView(ListView):
    model = Topic
    template_name = "topics/topic_index.html"

    def get_queryset(self):
        links = StoryTopic.objects.filter(
            StoryQuerySet.published_q("story__"), topic=OuterRef("pk")
        ).order_by()
        cap = INDEX_COUNT_CAP
        # Only topics with fewer than `cap` public explainers are counted exactly; the test for
        # "at least cap" stops at the cap-th row, so no topic costs more than cap index rows.
        return Topic.objects.annotate(
            story_count=Case(
                When(Exists(links[cap - 1 : cap]), then=Value(cap)),
                default=Coalesce(
                    Subquery(links.values("topic").annotate(n=Count("pk")).values("n")),
                    Value(0),
                ),
            )
        ).order_by("kind", "name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["count_cap"] = INDEX_COUNT_CAP
        labels = dict(Topic.Kind.choices)
        context["groups"] = [
            (labels.get(kind, kind), list(items))
            for kind, items in groupby(context["object_list"], key=lambda t: t.kind)
        ]
        return context


class TopicDetailView(DetailView):
    model = Topic

    def get_queryset(self):
        return Topic.objects.prefetch_related("related")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stories = Story.objects.published().filter(topics=self.object).for_listing()
        page = paginate(self.request, stories)
        context["page_obj"] = page
        context["stories"] = page.object_list
        context["questions"] = list(
            Question.objects.published()
            .filter(story__topics=self.object)
            .select_related("story")
            .only("text", "slug", "story__headline", "story__slug")
            .order_by("-story__published_at", "position", "pk")[:TOPIC_QUESTIONS]
        )
        return context
