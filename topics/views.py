from itertools import groupby

from django.views.generic import DetailView, ListView

from stories.models import Story
from stories.views import paginate

from .models import Topic


class TopicIndexView(ListView):
    model = Topic
    template_name = "topics/topic_index.html"

    def get_queryset(self):
        return Topic.objects.order_by("kind", "name")

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
        return context
