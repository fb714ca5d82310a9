"""When the next scheduled content goes public: no cached page may outlive that moment.

Each content app with scheduled content registers, in its ``AppConfig.ready()``, a function
that answers with the time its next scheduled item goes public.
"""

_schedules = []


def register(next_at):
    """``next_at(now)`` gives the time the next scheduled content goes public, or None."""
    if next_at not in _schedules:
        _schedules.append(next_at)


def next_scheduled_at(now):
    """The earliest time any registered app's scheduled content goes public, or None."""
    times = [at for at in (next_at(now) for next_at in _schedules) if at is not None]
    return min(times, default=None)
