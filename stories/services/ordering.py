"""Positions of a story's ordered rows (bylines, source summaries, topics, questions)."""

from django.db.models import F

# Above any real position: rows wait here while they are renumbered.
PARKING = 10000


def renumber(model, story, rows, *, only_position=(), save=None):
    """Save ``rows`` (instances of ``model`` belonging to ``story``) at positions 1..n in the
    order given; the story's other placed rows that are not listed follow in their order.
    Of the rows in ``only_position`` only the position is written: nothing else of them changed.
    ``save``, when given, saves each listed row instead of ``row.save()``.

    Positions are unique per story, so renumbering row by row would collide (on PostgreSQL the
    unique check runs per row): every placed row is parked out of the way first.
    """
    listed = {row.pk for row in rows if row.pk is not None}
    model.objects.filter(story=story, position__isnull=False).update(
        position=F("position") + PARKING
    )
    position = 0
    for row in rows:
        position += 1
        row.story = story
        row.position = position
        if row in only_position:
            row.save(update_fields=["position"])
        elif save is not None:
            save(row)
        else:
            row.save()
    others = (
        model.objects.filter(story=story, position__gte=PARKING)
        .exclude(pk__in=listed)
        .order_by("position")
    )
    for row in others:
        position += 1
        row.position = position
        row.save(update_fields=["position"])


def place(model, row, position):
    """Save ``row`` at ``position`` among its story's placed rows, the others shifted down."""
    others = list(
        model.objects.filter(story_id=row.story_id, position__isnull=False)
        .exclude(pk=row.pk)
        .order_by("position")
    )
    index = max(0, min(position - 1, len(others)))
    renumber(model, row.story, [*others[:index], row, *others[index:]], only_position=others)
