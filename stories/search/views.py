"""The search page: /search/?q=…"""

from urllib.parse import urlencode

from django.shortcuts import render

from newsdigest.core import robots
from newsdigest.core.pagination import paginate
from topics.models import Topic

from .backends import backend
from .forms import SCOPE, SearchForm
from .kinds import KINDS
from .searchable import MAX_RESULTS, PER_PAGE
from .text import query_terms

CARDS_SHOWN = 4


@robots.noindex
def search_view(request):
    """/search/?q=…: one kind of result, with counts for each kind."""
    form = SearchForm(request.GET)
    filters = form.filters()
    query, shown = filters["query"], filters["kind"]
    context = {
        "form": form,
        "query": query,
        "kind": shown.name,
        "kinds": {name: kind.label for name, kind in KINDS.items()},
        "topic_choices": Topic.objects.order_by("name").values_list("slug", "name"),
    }
    if query:
        engine = backend()
        scope = {name: filters[name] for name in SCOPE}
        terms = query_terms(query)
        page = paginate(request, shown.results(engine, query, scope), PER_PAGE, cap=MAX_RESULTS)
        objects = shown.page_objects(engine, query, page.object_list)
        context["page_obj"] = page
        context["results"] = shown.hits(engine, objects, terms)
        # The kind shown is counted by its own paginator: no query of its own.
        context["counts"] = {
            name: page.paginator.count if kind is shown else kind.count(engine, query, scope)
            for name, kind in KINDS.items()
        }
        context["max_results"] = MAX_RESULTS
        context["filter_query"] = urlencode(
            {"q": query, **{name: str(filters[name]) for name in SCOPE if filters[name]}}
        )
        cards = shown.cards
        if cards and page.number == 1:
            best = cards.results(engine, query, scope)[:CARDS_SHOWN]
            context["topic_hits"] = cards.hits(
                engine, cards.page_objects(engine, query, best), terms
            )
    return render(request, "search/search.html", context)
