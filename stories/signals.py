"""Any change to public content invalidates every cached page, in every web process.

One generation number for the whole site (newsdigest.cache) is simpler and safer than
tracking which pages show what: an explainer appears on the home page, its topics', tags',
authors' and outlets' pages, its questions, the feeds and the sitemaps.
"""

from django.conf import settings
from django.db import connection, transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_save

from newsdigest.cache import bump_generation

# Apps whose rows reach public pages. Revisions, admin logs, users and sessions do not.
PUBLIC_APPS = {"stories", "topics", "taggit", "flatpages", "sites", "publisher"}


def invalidate_pages():
    """Bump now, and again once the transaction commits.

    The second bump matters: a page rendered between the first bump and the commit read the
    old rows, and would otherwise be cached under the new generation.
    """
    bump_generation()
    if connection.in_atomic_block:
        transaction.on_commit(bump_generation, robust=True)


def _affects_public_pages(sender, instance, created=False):
    if sender._meta.app_label not in PUBLIC_APPS:
        return False
    from .models import Question, Story

    if sender is Question and created and instance.status != Question.Status.PUBLISHED:
        # A reader's new question waits for moderation: no page shows it yet.
        return False
    if sender is Story and instance.status in (Story.Status.DRAFT, Story.Status.REVIEW):
        # A story that was never public is on no page; once public it keeps its first date.
        return instance.first_published_at is not None
    return True


def on_save(sender, instance, created=False, raw=False, **kwargs):
    if not raw and _affects_public_pages(sender, instance, created):
        invalidate_pages()


def on_delete(sender, instance, **kwargs):
    if _affects_public_pages(sender, instance):
        invalidate_pages()


def on_m2m_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and (
        type(instance)._meta.app_label in PUBLIC_APPS
    ):
        invalidate_pages()


def tune_postgresql_session(sender, connection, **kwargs):
    """Limit parallel query workers and turn JIT off on each new PostgreSQL connection.

    A page's queries take milliseconds; compiling one with JIT, which the planner starts for
    any query it costs highly, took 5 to 10 ms more than running it. On the raw connection, so
    it is not counted among a page's queries.
    """
    if connection.vendor != "postgresql":
        return
    connection.connection.execute("SET jit = off")
    workers = getattr(settings, "NEWSDIGEST_DB_PARALLEL_WORKERS", None)
    if workers is not None:
        connection.connection.execute(f"SET max_parallel_workers_per_gather = {int(workers)}")


def connect():
    """Called once from StoriesConfig.ready()."""
    connection_created.connect(tune_postgresql_session, dispatch_uid="pagecache_pg_session")
    post_save.connect(on_save, dispatch_uid="pagecache_post_save")
    post_delete.connect(on_delete, dispatch_uid="pagecache_post_delete")
    m2m_changed.connect(on_m2m_changed, dispatch_uid="pagecache_m2m_changed")
