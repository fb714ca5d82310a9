"""A kind of search result: what it declares, and how its results are counted, ranked and paged.

Every kind is ranked in one of two ways. Topics are few, so the database ranks them all.
Explainers and questions run to tens of thousands: a common word matches most of them and
ranking reads every match's vector, so only the newest RANK_WINDOW matches are ranked. That
bounds the cost of any query, and for news the newest matches are the ones readers look
for; the date filter reaches further back.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass

from newsdigest.core.pagination import CappedPaginator

PER_PAGE = 10
MAX_RESULTS = 1000
RANK_WINDOW = MAX_RESULTS


@dataclass
class Hit:
    """One result as the template shows it."""

    kind: str
    title: str
    url: str
    excerpt: str
    date: object = None
    context: str = ""


def capped_count(queryset, cap=MAX_RESULTS):
    """How many rows there are, up to ``cap``."""
    return CappedPaginator(queryset, PER_PAGE, cap=cap).count


class Searchable(ABC):
    """A kind of result, ranked by the database: the declarations that backends read.

    A kind sets the attributes below and defines ``published()`` and ``hit()``.
    """

    name = ""  # the kind's value in the address (?kind=)
    label = ""
    model = None
    # The model's text fields that the words are looked for in.
    fields = ()
    # Text in related rows that counts as the result's own: {relation: fields}.
    related = {}
    # The substring backend's ranks, best first: all the words within these fields.
    tiers = ()
    # PostgreSQL: each field's weight in a vector built per query; when empty, the table's
    # stored search_vector column (migration 0004).
    weights = {}
    # What an excerpt is cut from, and which of those fields hold markup.
    excerpt_fields = ()
    markup_fields = ()
    # How the database orders the ranked results.
    ordering = ()
    # Filters: the path to the linked topic's slug and to the date, or None to ignore them.
    topic_field = None
    date_field = None

    def __init__(self, *, cards=None):
        # Another kind whose best few results show as cards above this kind's first page.
        self.cards = cards

    @abstractmethod
    def published(self):
        """The rows a reader may see, with only the columns a hit shows."""

    @abstractmethod
    def hit(self, obj, excerpt):
        """One result as the template shows it."""

    def scoped(self, *, topic="", since=None, until=None):
        """The published rows within the reader's filters."""
        rows = self.published()
        if topic and self.topic_field:
            rows = rows.filter(**{self.topic_field: topic})
        if since and self.date_field:
            rows = rows.filter(**{f"{self.date_field}__date__gte": since})
        if until and self.date_field:
            rows = rows.filter(**{f"{self.date_field}__date__lte": until})
        return rows

    def count(self, engine, query, scope):
        """How many results there are, up to MAX_RESULTS."""
        return capped_count(engine.matches(self, query, self.scoped(**scope)))

    def results(self, engine, query, scope):
        """Every result, best first, for the paginator."""
        ranked = engine.ranked(self, query, self.scoped(**scope))
        return engine.with_excerpts(self, query, ranked).order_by(*self.ordering)

    def page_objects(self, engine, query, items):
        """The objects of one page of ``results()``, in order."""
        return list(items)

    def hits(self, engine, objects, terms):
        """``objects`` as the template shows them, each with its excerpt."""
        return [self.hit(obj, engine.excerpt(self, obj, terms)) for obj in objects]


class WindowedSearchable(Searchable):
    """A kind of result of which only the newest RANK_WINDOW matches are ranked.

    One query both counts the matches (up to the window) and ranks them, reading only keys,
    ranks and dates; a second one reads the rows of the page shown and their excerpts.
    Counting and ranking separately read the same matching rows twice.
    """

    # The order in which the database walks the matches, newest first.
    scan = ()

    @abstractmethod
    def order(self, rank, seconds, pk):
        """The sort key of a ranked match, the best first."""

    def count(self, engine, query, scope):
        # The capped count of plain matches equals the count of the ranked window, without
        # sorting every match by date to find that window.
        matches = engine.matches(self, query, self.scoped(**scope))
        return capped_count(matches, min(MAX_RESULTS, RANK_WINDOW))

    def results(self, engine, query, scope):
        """The newest RANK_WINDOW matches as (pk, rank, moment) rows, best first."""
        window = engine.ranked(self, query, self.scoped(**scope)).order_by(*self.scan)
        window = window.annotate(moment=engine.moment(self.date_field))
        rows = list(window.values_list("pk", "rank", "moment")[:RANK_WINDOW])
        rows.sort(key=lambda row: self.order(row[1], _seconds(row[2]), row[0]))
        return rows

    def page_objects(self, engine, query, items):
        pks = [row[0] for row in items]
        if not pks:
            return []
        objects = engine.with_excerpts(self, query, self.published()).filter(pk__in=pks)
        by_pk = {obj.pk: obj for obj in objects}
        return [by_pk[pk] for pk in pks if pk in by_pk]


def _seconds(moment):
    return moment if isinstance(moment, float) else moment.timestamp()
