"""Revision history of explainers: what django-reversion keeps, and how two states differ.

A story's revision holds the story row and its inline rows (bylines, topics, tags, source
summaries, timeline, editorial questions, updates), so a restore brings back the whole page
and a comparison shows inline changes too.
"""

import datetime
import difflib
import re

import reversion
from django.db import models
from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _
from reversion.errors import RevertError
from reversion.models import Version

from .models import (
    Question,
    SourceSummary,
    Story,
    StoryAuthor,
    StoryTopic,
    StoryUpdate,
    TaggedStory,
    TimelineEntry,
)

# Reader questions are left out on purpose: restoring an old revision deletes followed rows
# that did not exist then, and a restore must never delete what readers sent in.
STORY_FOLLOW = (
    "storyauthor_set",
    "storytopic_set",
    "taggedstory_set",
    "sources",
    "timeline",
    "editorial_questions",
    "updates",
)
INLINE_MODELS = (
    StoryAuthor,
    StoryTopic,
    TaggedStory,
    SourceSummary,
    TimelineEntry,
    Question,
    StoryUpdate,
)
# Bookkeeping that changes on every save; showing it would hide the real changes.
IGNORED_FIELDS = {"id", "story_id", "content_object_id", "version", "updated_at", "created_at"}
# Workflow state is changed by publishing and withdrawing, never by restoring old content.
WORKFLOW_FIELDS = ("version", "status", "published_at", "first_published_at", "withdrawn_at")


def register():
    """Register the story and its inline models with django-reversion (idempotent).

    Called from StoriesConfig.ready(); StoryAdmin leaves registration to it.
    """
    if not reversion.is_registered(Story):
        # The three relations with their own through models are kept as those rows.
        reversion.register(Story, exclude=("authors", "topics", "tags"), follow=STORY_FOLLOW)
    for model in INLINE_MODELS:
        if not reversion.is_registered(model):
            reversion.register(model)


def keep_unrecorded_state(story_pk):
    """Keep the story as it is now when no revision holds its current version yet (it was made
    outside the admin), so that a form opened at this version can later be told what changed."""
    story = Story.objects.filter(pk=story_pk).first()
    if story is None or story_version_at(story.pk, story.version) is not None:
        return
    with reversion.create_revision():
        reversion.set_comment(_("Kept as it was before the first change."))
        reversion.add_to_revision(story)


def revert_content(story, version):
    """Bring back the words and rows kept in ``version`` (rows added since are deleted); the
    publishing state and the version number stay as they are live."""
    live = Story.objects.select_for_update().filter(pk=story.pk).values(*WORKFLOW_FIELDS).first()
    version.revision.revert(delete=True)
    if live is not None:
        Story.objects.filter(pk=story.pk).update(**live)


def _fields(model):
    return {f.attname: f for f in model._meta.concrete_model._meta.local_fields}


def _follow(story):
    yield story
    for name in STORY_FOLLOW:
        yield from getattr(story, name).all()


def live_snapshot(story):
    """The story as it is in the database now, in the shape of ``revision_snapshot``."""
    snapshot = {}
    for obj in _follow(story):
        fields = _fields(type(obj))
        snapshot[(type(obj), str(obj.pk))] = {
            "repr": str(obj),
            "fields": {name: getattr(obj, name) for name in fields},
        }
    return snapshot


def revision_snapshot(revision):
    """Every object kept in a revision, keyed by (model, primary key)."""
    snapshot = {}
    for version in revision.version_set.all():
        model = version._model
        if model is None:
            continue
        try:
            field_dict = version.field_dict
        except RevertError:
            continue
        fields = _fields(model)
        snapshot[(model, version.object_id)] = {
            "repr": version.object_repr,
            "fields": {name: field_dict.get(name) for name in fields},
        }
    return snapshot


def story_version_at(story_pk, version_number):
    """The kept revision of the story as it was when its version number was ``version_number``."""
    candidates = (
        Version.objects.get_for_object_reference(Story, story_pk)
        .select_related("revision", "revision__user")
        .order_by("-pk")
    )
    # The version number is inside the serialised data; the newest match is the right one.
    pattern = re.compile(rf'"version":\s*{int(version_number)}\b')
    for version in candidates.iterator():
        if pattern.search(version.serialized_data):
            return version
    return None


def display_value(field, value):
    """A field's value as an editor reads it: choice labels, names of linked rows, local times."""
    if value is None or value == "":
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else _("#%(pk)s (deleted)") % {"pk": value}
    if isinstance(field, models.BooleanField):
        return str(_("yes") if value else _("no"))
    if isinstance(field, models.DateTimeField):
        return localize(template_localtime(value))
    if isinstance(field, models.DateField):
        return localize(value)
    return str(value)


def _word_diff(old, new):
    """Inline word diff as HTML: removed words in <del>, added words in <ins>, all escaped."""
    a, b = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped


def _comparable(value):
    # Times count to the second, as editors enter them: revisions (JSON) keep milliseconds,
    # the database microseconds, and an admin save rounds an untouched time to the second.
    if isinstance(value, datetime.datetime | datetime.time):
        return value.replace(microsecond=0)
    return value


def _field_changes(model, old_fields, new_fields):
    changes = []
    for name, field in _fields(model).items():
        if name in IGNORED_FIELDS or name in {"last_edited_by_id"}:
            continue
        old, new = _comparable(old_fields.get(name)), _comparable(new_fields.get(name))
        if old == new or (old in (None, "") and new in (None, "")):
            continue
        long_text = isinstance(field, models.TextField) and isinstance(old, str)
        changes.append(
            {
                "name": field.name,
                "label": capfirst(field.verbose_name),
                "old": display_value(field, old),
                "new": display_value(field, new),
                "diff": _word_diff(old, new or "") if long_text else None,
            }
        )
    return changes


def compare(old, new):
    """Differences between two snapshots: the story's fields, then inline rows added, removed or
    changed, each with its fields' old and new values."""
    story_changes = []
    rows = []
    keys = list(old) + [key for key in new if key not in old]
    for key in keys:
        model, _pk = key
        before, after = old.get(key), new.get(key)
        if model is Story:
            if before and after:
                story_changes = _field_changes(Story, before["fields"], after["fields"])
            continue
        if before and after:
            changes = _field_changes(model, before["fields"], after["fields"])
            if changes:
                rows.append(_row(model, "changed", after["repr"], changes))
        elif after:
            rows.append(_row(model, "added", after["repr"], []))
        else:
            rows.append(_row(model, "removed", before["repr"], []))
    order = {model: i for i, model in enumerate(INLINE_MODELS)}
    rows.sort(key=lambda row: order.get(row["model"], len(order)))
    return {"fields": story_changes, "rows": rows}


def _row(model, kind, label, changes):
    return {
        "model": model,
        "section": capfirst(model._meta.verbose_name_plural),
        "kind": kind,
        "kind_label": {"added": _("added"), "removed": _("removed"), "changed": _("changed")}[kind],
        "label": label,
        "changes": changes,
    }


def summary_lines(difference, limit=80):
    """One short line per change, for a message: “Headline: “old” → “new””."""

    def short(value):
        return Truncator(value).chars(limit)

    def one(change):
        return _("%(field)s: “%(old)s” → “%(new)s”") % {
            "field": change["label"],
            "old": short(change["old"]),
            "new": short(change["new"]),
        }

    lines = [one(change) for change in difference["fields"]]
    for row in difference["rows"]:
        line = _("%(section)s: %(kind)s “%(label)s”") % {
            "section": row["section"],
            "kind": row["kind_label"],
            "label": short(row["label"]),
        }
        details = "; ".join(one(change) for change in row["changes"])
        lines.append(f"{line} ({details})" if details else line)
    return lines
