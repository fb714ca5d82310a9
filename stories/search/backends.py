"""What search asks of the database, and its two answers: PostgreSQL and the SQLite fallback.

A backend reads a kind's declarations (stories/search/kinds.py) and never asks which kind it
is. ``backend()`` picks one implementation for the database in use.
"""

import functools
import operator
from abc import ABC, abstractmethod
from datetime import UTC

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorExact,
    SearchVectorField,
)
from django.db import connection
from django.db.models import (
    Case,
    Exists,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import Col
from django.db.models.functions import Cast, Extract
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .text import highlight, query_terms

CONFIG = "english"
# ts_headline marks hits with these; everything else is escaped before they become <mark>.
MARK_START, MARK_STOP = "\u2062\u2063", "\u2063\u2062"


class SearchBackend(ABC):
    """Which rows of a kind match a query, how well, and the excerpt each result shows."""

    @abstractmethod
    def matches(self, kind, query, queryset):
        """The rows of ``queryset`` that match ``query``, in no order: for counting."""

    @abstractmethod
    def ranked(self, kind, query, queryset):
        """The matches, each annotated with ``rank``: the higher, the better the match."""

    @abstractmethod
    def with_excerpts(self, kind, query, queryset):
        """``queryset`` with whatever ``excerpt()`` reads from its rows."""

    @abstractmethod
    def excerpt(self, kind, obj, terms):
        """The excerpt of one result, escaped, with the hits marked."""

    @abstractmethod
    def moment(self, field):
        """A datetime field as a value that sorts like it and loads quickly."""


class PostgresBackend(SearchBackend):
    """Weighted tsvectors with GIN indexes, websearch_to_tsquery, ts_rank and ts_headline.

    websearch_to_tsquery accepts any input, so a reader's quotes and operators never fail.
    """

    @staticmethod
    def tsquery(query):
        return SearchQuery(query, search_type="websearch", config=CONFIG)

    @staticmethod
    def vector(kind):
        """The kind's stored search_vector column, or its weighted fields' vector if it has none.

        The stored column is no model field (SQLite has none), so it is referenced as a column:
        that follows the table's alias when the query becomes a subquery.
        """
        if kind.weights:
            vectors = [
                SearchVector(name, weight=weight, config=CONFIG)
                for name, weight in kind.weights.items()
            ]
            return functools.reduce(operator.add, vectors)
        field = SearchVectorField()
        field.set_attributes_from_name("search_vector")
        field.model = kind.model
        return Col(kind.model._meta.db_table, field)

    def matches(self, kind, query, queryset):
        return queryset.filter(SearchVectorExact(self.vector(kind), self.tsquery(query)))

    def ranked(self, kind, query, queryset):
        rank = SearchRank(self.vector(kind), self.tsquery(query))
        return self.matches(kind, query, queryset).annotate(rank=rank)

    def with_excerpts(self, kind, query, queryset):
        document = Func(
            Value(" "),
            *(F(name) for name in kind.excerpt_fields),
            function="concat_ws",
            output_field=TextField(),
        )
        if kind.markup_fields:
            # Tags are no words: left in, ts_headline would show them and count them.
            document = Func(
                document,
                Value("<[^>]*>"),
                Value(" "),
                Value("g"),
                function="regexp_replace",
                output_field=TextField(),
            )
        headline = SearchHeadline(
            document,
            self.tsquery(query),
            config=CONFIG,
            start_sel=MARK_START,
            stop_sel=MARK_STOP,
            max_words=35,
            min_words=15,
        )
        return queryset.annotate(excerpt=headline)

    def excerpt(self, kind, obj, terms):
        text = escape(obj.excerpt or "")
        return mark_safe(  # noqa: S308 - escaped above; only our own markers become tags
            text.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
        )

    def moment(self, field):
        # Seconds since the epoch: a thousand floats load far faster than datetimes.
        return Cast(Extract(field, "epoch", tzinfo=UTC), FloatField())


class SubstringBackend(SearchBackend):
    """For SQLite: every word must appear somewhere; where it appears sets the rank."""

    @staticmethod
    def _all_terms(model, terms, fields, related=None):
        """Each term in one of ``fields`` or in one of the ``related`` rows' fields."""
        condition = Q()
        for term in terms:
            anywhere = Q()
            for name in fields:
                anywhere |= Q(**{f"{name}__icontains": term})
            for relation, names in (related or {}).items():
                anywhere |= SubstringBackend._in_related(model, relation, names, term)
            condition &= anywhere
        return condition

    @staticmethod
    def _in_related(model, relation, names, term):
        # EXISTS rather than a join: a story with many matching summaries stays one row.
        field = model._meta.get_field(relation)
        in_any = Q()
        for name in names:
            in_any |= Q(**{f"{name}__icontains": term})
        rows = field.related_model.objects.filter(**{field.field.name: OuterRef("pk")})
        return Exists(rows.filter(in_any))

    def matches(self, kind, query, queryset):
        terms = query_terms(query)
        if not terms:
            return queryset.none()
        return queryset.filter(self._all_terms(kind.model, terms, kind.fields, kind.related))

    def ranked(self, kind, query, queryset):
        terms = query_terms(query)
        if not terms:
            # Nothing matches; and an empty Q() is no condition for When().
            return queryset.none().annotate(rank=Value(1))
        best = len(kind.tiers) + 1
        tiers = (
            When(self._all_terms(kind.model, terms, fields), then=Value(best - n))
            for n, fields in enumerate(kind.tiers)
        )
        rank = Case(*tiers, default=Value(1), output_field=IntegerField())
        return self.matches(kind, query, queryset).annotate(rank=rank)

    def with_excerpts(self, kind, query, queryset):
        return queryset

    def excerpt(self, kind, obj, terms):
        text = " ".join(
            strip_tags(getattr(obj, name)) if name in kind.markup_fields else getattr(obj, name)
            for name in kind.excerpt_fields
        )
        return highlight(text, terms)

    def moment(self, field):
        return F(field)


@functools.cache
def backend():
    """The backend for the database in use, chosen once: the vendor does not change."""
    return PostgresBackend() if connection.vendor == "postgresql" else SubstringBackend()
