"""A Redis cache backend whose failures are misses, never errors."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


class ResilientRedisCache(RedisCache):
    """A Redis cache whose failures are misses: the site degrades to uncached, never to errors.

    After a failure the backend stays away from Redis for ``RETRY_AFTER`` seconds (an OPTIONS
    key, default 5), so a hung server costs one short socket timeout, not one per call.
    """

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self._retry_after = float(options.pop("RETRY_AFTER", 5))
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.25)
        super().__init__(server, {**params, "OPTIONS": options})
        self._down_until = 0.0

    def _available(self):
        return time.monotonic() >= self._down_until

    def _failed(self, operation, exc):
        self._down_until = time.monotonic() + self._retry_after
        logger.warning(
            "Cache %s failed (%s); serving uncached for %ss.", operation, exc, self._retry_after
        )

    def _guard(self, operation, call, fallback):
        if not self._available():
            return fallback
        try:
            return call()
        except Exception as exc:  # noqa: BLE001 - redis, socket and pickle errors alike
            self._failed(operation, exc)
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", lambda: RedisCache.add(self, key, value, timeout, version), False)

    def get(self, key, default=None, version=None):
        return self._guard("get", lambda: RedisCache.get(self, key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set", lambda: RedisCache.set(self, key, value, timeout, version), False)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", lambda: RedisCache.touch(self, key, timeout, version), False)

    def delete(self, key, version=None):
        return self._guard("delete", lambda: RedisCache.delete(self, key, version), False)

    def get_many(self, keys, version=None):
        return self._guard("get_many", lambda: RedisCache.get_many(self, keys, version), {})

    def has_key(self, key, version=None):
        return self._guard("has_key", lambda: RedisCache.has_key(self, key, version), False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(
            "set_many", lambda: RedisCache.set_many(self, data, timeout, version), list(data)
        )

    def delete_many(self, keys, version=None):
        return self._guard("delete_many", lambda: RedisCache.delete_many(self, keys, version), None)

    def clear(self):
        return self._guard("clear", lambda: RedisCache.clear(self), False)

    def incr(self, key, delta=1, version=None):
        """Counters must not be guessed: an outage reads as a missing key (ValueError)."""
        if not self._available():
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise
        except Exception as exc:  # noqa: BLE001
            self._failed("incr", exc)
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from exc
