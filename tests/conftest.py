import pytest
from django.core.cache import cache

from publisher import identity
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test gets its own media folder and an empty cache."""
    settings.MEDIA_ROOT = tmp_path / "media"
    # Argon2 is deliberately slow; tests log in hundreds of times.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Views are tested uncached, so query budgets count the view's own queries;
    # tests/stories/test_cache.py turns the page cache and the CDN headers on.
    settings.NEWSDIGEST_PAGE_CACHE_SECONDS = 0
    settings.NEWSDIGEST_HTTP_S_MAXAGE = 0
    settings.NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE = 0
    cache.clear()
    # Pages read the site identity from the cache; it costs a query only after an editor
    # changes it. Tests start as a new site does, with none saved (tests/test_site_identity.py
    # covers the cold read), so query budgets count each page's own queries.
    cache.set(identity.CACHE_KEY, {})
    yield
    cache.clear()


@pytest.fixture
def writer(db):
    return UserFactory(username="writer", groups=["Writer"])


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=["Editor"])


@pytest.fixture
def moderator(db):
    return UserFactory(username="moderator", groups=["Moderator"])


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True)
