from itertools import groupby

from django.db.models import Count
from django.views.generic import DetailView, ListView

from stories.models import Question, Story, StoryQuerySet
from stories.views import paginate

from .models import Topic

# Enough questions to show what readers wonder about, not a second archive.
TOPIC_QUESTIONS = 8


class TopicIndexView(ListView):
    model = Topic
    template_name = "topics/topic_index.html"

    def get_queryset(self):
        public = StoryQuerySet.published_q("stories__")
        return Topic.objects.annotate(
            story_count=Count("stories", filter=public, distinct=True)
        ).order_by("kind", "name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
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
