"""An explainer's related rows, read in the story's own query as JSON arrays.

An explainer shows seven kinds of related rows (bylines, sources and their outlets, timeline,
questions, topics, tags, updates). Read as seven prefetch queries they cost about 1 ms of
Python each, for SQL compilation and prefetch bookkeeping, against 0.2 ms of database time.
Folded into correlated subqueries of the story query, the page costs one query. The rows come
back as model instances in the prefetch caches the ORM itself fills, so ``story.sources.all()``
and the templates work unchanged, and a ``filter()`` on them still goes to the database.
"""

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache

from django.db import connections, models
from django.db.models.expressions import RawSQL
from django.db.models.query import ModelIterable


@dataclass(frozen=True)
class Fold:
    """One relation of the story: which rows, in which order, become which instances."""

    name: str  # the story's attribute for the relation, which is also its prefetch cache name
    model: type[models.Model]
    table: str  # SQL alias of the model's table in `source`
    source: str  # FROM … WHERE …, correlated with the story through {story}
    order_by: str
    fields: tuple[str, ...] = ()  # the model's fields to read; all concrete fields when empty
    params: tuple = ()
    # (attribute on the instance, model, SQL alias) for a to-one relation read in the same row.
    joined: tuple[tuple[str, type[models.Model], str], ...] = ()
    back_to_story: str = ""  # the instance's foreign key to the story, to fill without a query
    _cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def groups(self):
        """(SQL alias, model, fields) of the relation's own model, then of each joined one."""
        if "groups" not in self._cache:
            own = [(self.table, self.model, self.fields)]
            own += [(alias, model, ()) for _attr, model, alias in self.joined]
            self._cache["groups"] = [
                (
                    alias,
                    model,
                    [model._meta.get_field(n) for n in names] or model._meta.concrete_fields,
                )
                for alias, model, names in own
            ]
        return self._cache["groups"]

    def sql(self, vendor, quote):
        """The subquery, once per database vendor: it only depends on the models."""
        # Only table and column names from the models and fixed SQL go in; values are params.
        if vendor not in self._cache:
            from .models import Story

            story = f"{quote(Story._meta.db_table)}.{quote(Story._meta.pk.column)}"
            source = self.source.format(story=story)
            pairs = [
                (f"{alias}.{f.attname}", f"{alias}.{quote(f.column)}")
                for alias, _model, fields in self.groups()
                for f in fields
            ]
            if vendor == "postgresql":
                obj = ", ".join(f"'{key}', {expr}" for key, expr in pairs)
                agg = f"json_agg(json_build_object({obj}) ORDER BY {self.order_by})"
                sql = f"(SELECT COALESCE({agg}, '[]')::text FROM {source})"  # noqa: S608
            else:
                # SQLite has no ORDER BY inside an aggregate: aggregate an ordered subquery.
                inner = ", ".join(f'{expr} AS "{key}"' for key, expr in pairs)
                obj = ", ".join(f"'{key}', x.\"{key}\"" for key, _expr in pairs)
                rows = f"SELECT {inner} FROM {source} ORDER BY {self.order_by}"  # noqa: S608
                sql = f"(SELECT json_group_array(json_object({obj})) FROM ({rows}) x)"  # noqa: S608
            self._cache[vendor] = sql
        return self._cache[vendor]

    def build(self, story, rows, db):
        """Model instances for the decoded rows, linked to the story and each other."""
        groups = self.groups()
        instances = []
        for row in rows:
            built = {
                alias: model.from_db(
                    db,
                    [f.attname for f in fields],
                    [_from_json(f, row[f"{alias}.{f.attname}"]) for f in fields],
                )
                for alias, model, fields in groups
            }
            instance = built[self.table]
            for attr, _model, alias in self.joined:
                self.model._meta.get_field(attr).set_cached_value(instance, built[alias])
            if self.back_to_story:
                self.model._meta.get_field(self.back_to_story).set_cached_value(instance, story)
            instances.append(instance)
        return instances


def _from_json(f, value):
    """A JSON value as the field's Python value; both databases write dates as ISO text."""
    if value is None:
        return None
    if isinstance(f, models.DateTimeField):
        moment = datetime.fromisoformat(value)
        # SQLite stores UTC without an offset; PostgreSQL writes one (the session is in UTC).
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if isinstance(f, models.DateField):
        return date.fromisoformat(value[:10])
    if isinstance(f, models.BooleanField):
        return bool(value)
    return value


@cache
def folds():
    """The relations an explainer page shows, in the order the old prefetches read them."""
    from topics.models import Topic

    from .models import (
        Author,
        Outlet,
        Question,
        SourceSummary,
        StoryAuthor,
        StoryTag,
        StoryTopic,
        StoryUpdate,
        TaggedStory,
        TimelineEntry,
    )

    def t(model):
        return model._meta.db_table

    return (
        Fold(
            name="authors",
            model=Author,
            table="a",
            source=(
                f"{t(StoryAuthor)} sa JOIN {t(Author)} a ON a.id = sa.author_id"
                " WHERE sa.story_id = {story}"
            ),
            order_by="sa.position, sa.id",
        ),
        Fold(
            name="sources",
            model=SourceSummary,
            table="s",
            source=(
                f"{t(SourceSummary)} s JOIN {t(Outlet)} o ON o.id = s.outlet_id"
                " WHERE s.story_id = {story}"
            ),
            order_by="s.position, s.id",
            joined=(("outlet", Outlet, "o"),),
            back_to_story="story",
        ),
        Fold(
            name="timeline",
            model=TimelineEntry,
            table="e",
            source=f"{t(TimelineEntry)} e WHERE e.story_id = {{story}}",
            order_by="e.date, e.id",
            back_to_story="story",
        ),
        Fold(
            name="questions",
            model=Question,
            table="q",
            # Only what the "Go deeper" links need: answers can run to pages.
            fields=("id", "story", "text", "slug"),
            source=f"{t(Question)} q WHERE q.story_id = {{story}} AND q.status = %s",
            params=(Question.Status.PUBLISHED,),
            order_by="q.position, q.submitted_at, q.id",
            back_to_story="story",
        ),
        Fold(
            name="topics",
            model=Topic,
            table="tp",
            source=(
                f"{t(StoryTopic)} st JOIN {t(Topic)} tp ON tp.id = st.topic_id"
                " WHERE st.story_id = {story}"
            ),
            order_by="st.position, st.id",
        ),
        Fold(
            name="tags",
            model=StoryTag,
            table="tg",
            source=(
                f"{t(TaggedStory)} ts JOIN {t(StoryTag)} tg ON tg.id = ts.tag_id"
                " WHERE ts.content_object_id = {story}"
            ),
            order_by="tg.name, tg.id",
        ),
        Fold(
            name="updates",
            model=StoryUpdate,
            table="u",
            source=f"{t(StoryUpdate)} u WHERE u.story_id = {{story}}",
            order_by="u.created_at DESC, u.id DESC",
            back_to_story="story",
        ),
    )


def annotate_folds(queryset):
    """The story queryset with one JSON column per relation (``fold_<name>``)."""
    connection = connections[queryset.db]
    quote = connection.ops.quote_name
    return queryset.annotate(
        **{
            f"fold_{fold.name}": RawSQL(  # noqa: S611 - see Fold.sql
                fold.sql(connection.vendor, quote), fold.params, output_field=models.TextField()
            )
            for fold in folds()
        }
    )


class FoldedStoryIterable(ModelIterable):
    """Stories whose folded columns become prefetched relations as they are read."""

    def __iter__(self):
        db = self.queryset.db
        for story in super().__iter__():
            cache = story.__dict__.setdefault("_prefetched_objects_cache", {})
            for fold in folds():
                raw = story.__dict__.pop(f"fold_{fold.name}")
                rows = json.loads(raw)  # text on both databases: see Fold.sql
                manager = getattr(story, fold.name)
                qs = manager.get_queryset()
                qs._result_cache = fold.build(story, rows, db)
                qs._prefetch_done = True
                cache[fold.name] = qs
            yield story
