"""Settings of each new PostgreSQL session of the site."""

from django.conf import settings
from django.db.backends.signals import connection_created


def tune_postgresql_session(sender, connection, **kwargs):
    """Limit parallel query workers and turn JIT off on each new PostgreSQL connection.

    A page's queries are short; compiling one with JIT, which the planner starts for any query
    it costs highly, takes longer than running it (docs/performance.md, "Scale"). On the raw
    connection, so it is not counted among a page's queries.
    """
    if connection.vendor != "postgresql":
        return
    connection.connection.execute("SET jit = off")
    workers = getattr(settings, "NEWSDIGEST_DB_PARALLEL_WORKERS", None)
    if workers is not None:
        connection.connection.execute(f"SET max_parallel_workers_per_gather = {int(workers)}")


def connect():
    """Called once from CoreConfig.ready()."""
    connection_created.connect(tune_postgresql_session, dispatch_uid="core_pg_session")
