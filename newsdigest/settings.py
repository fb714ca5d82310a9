"""Settings for newsdigest, read from the environment.

The embedded default (no environment at all) is a laptop demo: SQLite, local-memory cache,
console e-mail, DEBUG on. Production sets DJANGO_DEBUG=0 and at least DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS, DATABASE_URL and REDIS_URL.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_float(name, default):
    value = os.environ.get(name)
    return float(value) if value not in (None, "") else default


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
            'Generate one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    # Only ever used with DEBUG on, on a developer's own machine.
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    "csp",
    "taggit",
    "reversion",
    "newsdigest.core",
    "topics",
    "stories",
    "publisher",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A page-cache hit is answered here, before the rest (newsdigest.core.pagecache).
    "newsdigest.core.pagecache.EarlyPageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "newsdigest.core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Sees the final cookies: ETag, 304 and Cache-Control (newsdigest.core.pagecache).
    "newsdigest.core.pagecache.HttpCachingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF (a cached page gets each reader's own token), before auth (a hit needs no user).
    "newsdigest.core.pagecache.PageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "newsdigest.core.login_limits.AdminLoginLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so it sees a view's database error before anything else does.
    "newsdigest.core.outage.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "newsdigest.urls"
WSGI_APPLICATION = "newsdigest.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "stories.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("DJANGO_SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets the dev server read while a seed or admin save writes.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
            },
        }
    }

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    # Fail fast when the server is unreachable instead of hanging a worker.
    DATABASES["default"]["OPTIONS"].setdefault(
        "connect_timeout", env_int("DJANGO_DB_CONNECT_TIMEOUT", 2)
    )
    statement_timeout_ms = env_int("DJANGO_DB_STATEMENT_TIMEOUT_MS", 5000)
    if statement_timeout_ms:
        DATABASES["default"]["OPTIONS"].setdefault(
            "options", f"-c statement_timeout={statement_timeout_ms}"
        )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Connection errors and timeouts are cache misses: the site serves uncached.
            "BACKEND": "newsdigest.core.cache_backend.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "newsdigest"),
            "OPTIONS": {
                "socket_connect_timeout": env_float("DJANGO_CACHE_TIMEOUT_SECONDS", 0.25),
                "socket_timeout": env_float("DJANGO_CACHE_TIMEOUT_SECONDS", 0.25),
                "RETRY_AFTER": env_float("DJANGO_CACHE_RETRY_AFTER_SECONDS", 5),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsdigest",
        }
    }

# --- E-mail ---------------------------------------------------------------------------------
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", default=True)
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "newsdigest <news@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Auth -----------------------------------------------------------------------------------
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation and time ----------------------------------------------------------
LANGUAGE_CODE = os.environ.get("DJANGO_LANGUAGE_CODE", "en-gb")
LANGUAGES = [("en-gb", _("English"))]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

SITE_ID = 1

# --- Security -------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The admin and the ask form read the token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# Scripts only from our own static files: the admin's are external files, and JSON-LD blocks
# are data, which script-src does not govern. Media on another host (S3, a CDN) is listed in
# DJANGO_CSP_EXTRA_IMG_SRC, e.g. "https://media.example.org".
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *env_list("DJANGO_CSP_EXTRA_IMG_SRC")],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "upgrade-insecure-requests": not DEBUG,
    }
}
# Browser features the site never uses, switched off for every page (newsdigest.core.middleware).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}
# Failed admin logins allowed per account and per client address in each window (seconds);
# past either limit the login answers 429 until the window ends (newsdigest.core.login_limits).
NEWSDIGEST_LOGIN_FAILURES_PER_ACCOUNT = env_int("NEWSDIGEST_LOGIN_FAILURES_PER_ACCOUNT", 5)
NEWSDIGEST_LOGIN_FAILURES_PER_ADDRESS = env_int("NEWSDIGEST_LOGIN_FAILURES_PER_ADDRESS", 20)
NEWSDIGEST_LOGIN_WINDOW = env_int("NEWSDIGEST_LOGIN_WINDOW", 900)
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    # Load balancers probe over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
proxy_header = os.environ.get("DJANGO_SECURE_PROXY_SSL_HEADER", "")
if proxy_header:
    # e.g. "HTTP_X_FORWARDED_PROTO,https" when a trusted proxy terminates TLS.
    name, _sep, value = proxy_header.partition(",")
    SECURE_PROXY_SSL_HEADER = (name.strip(), value.strip() or "https")

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# --- newsdigest -----------------------------------------------------------------------------
NEWSDIGEST = {
    "SITE_NAME": os.environ.get("NEWSDIGEST_SITE_NAME", "newsdigest"),
    "TAGLINE": os.environ.get("NEWSDIGEST_TAGLINE", "The news, explained"),
    "PAGE_SIZE": env_int("NEWSDIGEST_PAGE_SIZE", 12),
    # The publisher's logo in JSON-LD and social cards: a static path or an absolute address.
    "LOGO": os.environ.get("NEWSDIGEST_LOGO", "img/publisher-logo.png"),
}

# Reader questions: how many a client may send ("5/10m": five per ten minutes; s, m or h),
# how many proxies in front of the site append to X-Forwarded-For (0: trust REMOTE_ADDR only),
# and after how many days askers' e-mail addresses are deleted (manage.py purge_asker_emails).
NEWSDIGEST_ASK_RATE = os.environ.get("NEWSDIGEST_ASK_RATE", "5/10m")
NEWSDIGEST_TRUSTED_PROXY_COUNT = env_int("NEWSDIGEST_TRUSTED_PROXY_COUNT", 0)
NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS = env_int("NEWSDIGEST_ASKER_EMAIL_RETENTION_DAYS", 90)

# Whole-page cache for anonymous readers (newsdigest/cache.py): how long a page may be kept
# (0 turns it off; never past the next scheduled story), and the Cache-Control a CDN and
# browsers get on anonymous pages. Publishing invalidates the page cache at once, but not a
# CDN: NEWSDIGEST_HTTP_S_MAXAGE bounds how far behind a CDN may be.
NEWSDIGEST_PAGE_CACHE_SECONDS = env_int("NEWSDIGEST_PAGE_CACHE_SECONDS", 600)
NEWSDIGEST_PAGE_CACHE_ALIAS = os.environ.get("NEWSDIGEST_PAGE_CACHE_ALIAS", "default")
NEWSDIGEST_HTTP_MAX_AGE = env_int("NEWSDIGEST_HTTP_MAX_AGE", 0)
NEWSDIGEST_HTTP_S_MAXAGE = env_int("NEWSDIGEST_HTTP_S_MAXAGE", 60)
NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE = env_int("NEWSDIGEST_HTTP_STALE_WHILE_REVALIDATE", 30)
# PostgreSQL parallel workers per query for this site's connections (stories/signals.py):
# web requests are short, and starting workers costs them more than it saves.
NEWSDIGEST_DB_PARALLEL_WORKERS = env_int("DJANGO_DB_PARALLEL_WORKERS", 0)
# Pages the page cache never stores, by path prefix.
NEWSDIGEST_PAGE_CACHE_EXEMPT = env_list("NEWSDIGEST_PAGE_CACHE_EXEMPT", "/admin/")
# make bench: routes the reference page at /bench/ceiling/ (newsdigest/bench.py). Never in
# production.
NEWSDIGEST_BENCH = env_bool("NEWSDIGEST_BENCH", default=False)
if NEWSDIGEST_BENCH:
    NEWSDIGEST_PAGE_CACHE_EXEMPT.append("/bench/")
