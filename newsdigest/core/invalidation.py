"""Which writes make cached pages stale, and when the next scheduled change goes live.

Each content app says, in its ``AppConfig.ready()``, which of its models reach public pages
(``register``) and when its next scheduled change becomes public
(``newsdigest.core.schedule.register``).
The core knows no content app: a new app with public content registers itself here and
needs no edit anywhere else. See docs/architecture.md, "Cache invalidation".

Any save or delete of a registered model replaces the page cache's generation
(``newsdigest.core.pagecache``), so every page cached before the change is unreachable in
every web process at once. One generation for the whole site is simpler and safer than
tracking which pages show what: an explainer appears on the home page, its topics', tags',
authors' and outlets' pages, its questions, the feeds and the sitemaps.
"""

from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from .pagecache import bump_generation


@dataclass(frozen=True)
class Registration:
    affects: object = None  # (instance, created) -> bool; None: every write counts
    then: object = None  # called after the invalidation: a cache derived from this model


_registry = {}


def register(model, *, affects=None, then=None):
    """Writes to ``model`` invalidate cached pages (only those ``affects`` accepts, if given)."""
    _registry[model] = Registration(affects, then)


def invalidate_pages():
    """Bump now, and again once the transaction commits.

    The second bump matters: a page rendered between the first bump and the commit read the
    old rows, and would otherwise be cached under the new generation.
    """
    _now_and_on_commit(bump_generation)


def _now_and_on_commit(call):
    call()
    if connection.in_atomic_block:
        transaction.on_commit(call, robust=True)


def _changed(model, instance, created=False):
    registration = _registry.get(model)
    if registration is None:
        return
    if registration.affects is not None and not registration.affects(instance, created):
        return
    invalidate_pages()
    if registration.then is not None:
        _now_and_on_commit(registration.then)


def _on_save(sender, instance, created=False, raw=False, **kwargs):
    if not raw:
        _changed(sender, instance, created)


def _on_delete(sender, instance, **kwargs):
    _changed(sender, instance)


def _on_m2m_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _changed(type(instance), instance)


def connect():
    """Called once from CoreConfig.ready()."""
    post_save.connect(_on_save, dispatch_uid="invalidation_post_save")
    post_delete.connect(_on_delete, dispatch_uid="invalidation_post_delete")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="invalidation_m2m_changed")
