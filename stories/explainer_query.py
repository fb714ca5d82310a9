"""The explainer page's story and every related row it shows, read in one query.

An explainer shows seven relations: bylines, sources with their outlets, timeline, published
questions, topics, tags and updates. Read as prefetches they would cost seven more queries,
each spending more time in Python (SQL compilation, prefetch bookkeeping) than in the
database. Here each relation is one column of the story query: a correlated subquery, built
from ORM expressions, that returns the relation's rows as a JSON array in the page's order.
Each value is decoded by its model field, and the rows become model instances where
``prefetch_related()`` would have put them, so ``story.sources.all()`` and the templates work
unchanged, and a ``filter()`` on a relation still asks the database.
"""

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from django.conf import settings
from django.contrib.postgres.aggregates import JSONBAgg
from django.core.exceptions import FieldDoesNotExist
from django.db import connections, models
from django.db.models import F, OuterRef, Q, Subquery, Window
from django.db.models.expressions import RowRange
from django.db.models.functions import Cast, JSONArray
from django.db.models.query import ModelIterable
from django.utils import timezone

from topics.models import Topic

from .models import (
    Author,
    Question,
    SourceSummary,
    Story,
    StoryTag,
    StoryUpdate,
    TimelineEntry,
)


class JSONGroupArray(models.Aggregate):
    """SQLite's aggregate of values into one JSON array."""

    function = "JSON_GROUP_ARRAY"
    output_field = models.JSONField()


@dataclass(frozen=True, eq=False)
class Relation:
    """One relation the page shows: which rows of which model, in which order.

    Each row is a JSON array of its values: the relation's own fields, then those of each
    joined model, in the order of ``parts``.
    """

    name: str  # the story's attribute for the relation, which is also its prefetch cache name
    model: type[models.Model]
    to_story: str  # lookup from a row to its story
    order_by: tuple[str, ...]
    where: Q = Q()
    fields: tuple[str, ...] = ()  # the model's fields to read; every concrete field when empty
    joined: tuple[str, ...] = ()  # to-one relations read in the same row, as select_related()

    @cached_property
    def parts(self):
        """(lookup prefix, model, fields) for the relation's own model, then each joined one."""
        meta = self.model._meta
        # In the model's order of fields, which from_db() expects of a partial row.
        own = [f for f in meta.concrete_fields if not self.fields or f.name in self.fields]
        parts = [("", self.model, tuple(own))]
        for name in self.joined:
            related = meta.get_field(name).related_model
            parts.append((f"{name}__", related, tuple(related._meta.concrete_fields)))
        return parts

    @cached_property
    def foreign_key_to_story(self):
        """The rows' own foreign key to the story, if they have one: set, it saves a query."""
        try:
            f = self.model._meta.get_field(self.to_story)
        except FieldDoesNotExist:  # a lookup through another model
            return None
        return f.name if f.many_to_one else None

    def json_array(self, vendor):
        """The story's rows as one JSON array of rows, in order (NULL when there are none)."""
        row = JSONArray(
            *(
                _as_json_value(F(prefix + f.attname), f)
                for prefix, _model, fields in self.parts
                for f in fields
            )
        )
        rows = self.model._default_manager.filter(
            self.where, **{self.to_story: OuterRef("pk")}
        ).order_by()
        if vendor == "postgresql":
            array = JSONBAgg(row, order_by=self.order_by)
            # Grouped by the story: one group, the story's rows.
            return Subquery(rows.values(self.to_story).annotate(array=array).values("array"))
        # SQLite 3.40 has no ORDER BY inside an aggregate, but a window's ORDER BY orders the
        # aggregation: over the whole partition every row holds the complete array.
        array = Window(JSONGroupArray(row), order_by=self.order_by, frame=RowRange(None, None))
        return Subquery(rows.annotate(array=array).values("array")[:1])

    def instances(self, story, rows, connection):
        """Model instances for the decoded rows, linked to their joined rows and the story."""
        readers = self._readers(connection)
        instances = []
        for row in rows:
            built = []
            for model, start, stop, pk, attnames, reads in readers:
                values = [
                    value if read is None else read(value)
                    for value, read in zip(row[start:stop], reads, strict=True)
                ]
                # A joined row that is not there (a null key) reads as nulls.
                is_there = values[pk] is not None
                built.append(
                    model.from_db(connection.alias, attnames, values) if is_there else None
                )
            instance = built[0]
            for name, joined in zip(self.joined, built[1:], strict=True):
                setattr(instance, name, joined)
            if self.foreign_key_to_story:
                setattr(instance, self.foreign_key_to_story, story)
            instances.append(instance)
        return instances

    @cached_property
    def _readers_by_database(self):
        return {}

    def _readers(self, connection):
        """Per part: its model, where its values are in a row, where its primary key is among
        them, its attnames and the reader of each value."""
        readers = self._readers_by_database.get(connection.alias)
        if readers is None:
            readers, start = [], 0
            for _prefix, model, fields in self.parts:
                attnames = [f.attname for f in fields]
                pk = attnames.index(model._meta.pk.attname)
                reads = [_reader(f, connection) for f in fields]
                readers.append((model, start, start + len(fields), pk, attnames, reads))
                start += len(fields)
            self._readers_by_database[connection.alias] = readers
        return readers


# The relations in the order the page's prefetches used to read them.
RELATIONS = (
    Relation(
        name="authors",
        model=Author,
        to_story="storyauthor__story",
        order_by=("storyauthor__position", "storyauthor__id"),
    ),
    Relation(
        name="sources",
        model=SourceSummary,
        to_story="story",
        order_by=("position", "id"),
        joined=("outlet",),
    ),
    Relation(name="timeline", model=TimelineEntry, to_story="story", order_by=("date", "id")),
    Relation(
        name="questions",
        model=Question,
        to_story="story",
        where=Q(status=Question.Status.PUBLISHED),
        order_by=("position", "submitted_at", "id"),
        # Only what the "Go deeper" links need: answers can run to pages.
        fields=("id", "story", "text", "slug"),
    ),
    Relation(
        name="topics",
        model=Topic,
        to_story="storytopic__story",
        order_by=("storytopic__position", "storytopic__id"),
    ),
    Relation(
        name="tags",
        model=StoryTag,
        to_story="tagged_stories__content_object",
        order_by=("name", "id"),
    ),
    Relation(name="updates", model=StoryUpdate, to_story="story", order_by=("-created_at", "-id")),
)


def _as_json_value(expression, f):
    """The field's value as it goes into the row's JSON array."""
    # JSON numbers are read back as floats, so a decimal travels as its exact text; a JSON
    # document travels as its text too, for the field's own decoder. (SQLite would also cut
    # a float to 15 significant digits: no relation here reads a FloatField.)
    if isinstance(f, models.DecimalField | models.JSONField):
        return Cast(expression, models.TextField())
    return expression


def _reader(f, connection):
    """The function that turns the field's value as the JSON holds it into the value the
    ORM reads for the field; None where the JSON holds that value already."""
    steps = list(f.get_db_converters(connection))  # from_db_value(), as every query calls it
    # Text and integers come back as the str and int the database driver returns. to_python()
    # would not change them, but it costs, and RichTextField's would sanitise the HTML again.
    stored = f.target_field if f.is_relation else f
    if not isinstance(stored, models.CharField | models.TextField | models.IntegerField):
        # JSON has no dates, times, decimals or UUIDs, and SQLite no booleans: the field
        # parses the text or number that stands for them.
        steps.append(lambda value, expression, connection: f.to_python(value))
    if isinstance(f, models.DateTimeField) and settings.USE_TZ:
        steps.append(_in_connection_time_zone)
    if isinstance(f, models.DecimalField):
        # At the column's scale, as both databases read a decimal column: 1.10, not 1.1.
        scale = Decimal(1).scaleb(-f.decimal_places)
        steps.append(lambda value, expression, connection: value.quantize(scale))
    if not steps:
        return None
    column = f.cached_col

    def read(value):
        if value is None:
            return None
        for step in steps:
            value = step(value, column, connection)
        return value

    return read


def _in_connection_time_zone(value, expression, connection):
    """Aware, in the connection's time zone, as the ORM reads a datetime on both databases.

    SQLite keeps UTC without an offset; PostgreSQL writes one into the JSON.
    """
    if timezone.is_naive(value):
        return timezone.make_aware(value, connection.timezone)
    return value.astimezone(connection.timezone)


def _set_prefetched(instance, name, rows):
    """Make ``instance.<name>.all()`` return rows without a query, as prefetch_related() does.

    Django has no public API for handing a relation rows that were read elsewhere, so this
    leaves the state that prefetch_related_objects() leaves: the relation manager's queryset
    with its result cache filled, under the relation's name in the instance's prefetch cache.
    """
    queryset = getattr(instance, name).get_queryset()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


class CompiledOnce(models.Expression):
    """An expression whose SQL is built and compiled on first use, then reused as it is.

    Resolving and compiling the seven subqueries, with some sixty columns, would cost more
    Python on every request than the rest of the page's query; their SQL depends only on the
    models, the database and the outer query's aliases.
    """

    def __init__(self, build, output_field):
        super().__init__(output_field=output_field)
        self.build = build  # vendor -> the expression, correlated with the story (OuterRef)
        self.compiled = {}  # shared by the copies the ORM makes of the expression

    def as_sql(self, compiler, connection):
        outer = compiler.query
        key = (connection.alias, outer.alias_prefix, outer.base_table)
        if key not in self.compiled:
            expression = self.build(connection.vendor).resolve_expression(outer)
            sql, params = compiler.compile(expression)
            self.compiled[key] = sql, tuple(params)
        return self.compiled[key]


def _column(relation):
    return f"{relation.name}_json"


_JSON_ARRAYS = {
    _column(relation): CompiledOnce(relation.json_array, output_field=models.JSONField())
    for relation in RELATIONS
}


class ExplainerIterable(ModelIterable):
    """Stories whose JSON columns become their prefetched relations as they are read."""

    def __iter__(self):
        connection = connections[self.queryset.db]
        for story in super().__iter__():
            for relation in RELATIONS:
                rows = vars(story).pop(_column(relation)) or []
                instances = relation.instances(story, rows, connection)
                _set_prefetched(story, relation.name, instances)
            yield story


def explainer_queryset(stories=None):
    """The stories (all, or those of the given queryset) with everything their page shows.

    One query, whatever the number of bylines, sources, questions, topics, tags and updates.
    """
    if stories is None:
        stories = Story.objects.all()
    queryset = stories.annotate(**_JSON_ARRAYS)
    # Django has no public hook for how a queryset builds its instances; values() and
    # values_list() choose theirs through this attribute too.
    queryset._iterable_class = ExplainerIterable
    return queryset
