"""Run in a subprocess by tests/test_faults.py: request pages from a freshly started site whose
database or cache settings point somewhere broken, and print what came back as JSON.

Usage: python -m tests.outage_probe PATH [PATH ...]   (settings come from the environment)
"""

import json
import os
import sys


def main(paths):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdigest.settings")
    import newsdigest.settings as project_settings

    # No collectstatic in a test run: plain static storage instead of the manifest.
    project_settings.STORAGES["staticfiles"] = {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
    }
    import django

    django.setup()
    from django.test import Client

    client = Client(raise_request_exception=False)
    results = []
    for path in paths:
        if path == "@statement-timeout":
            results.append(_statement_timeout())
            continue
        response = client.get(path, secure=True)
        results.append(
            {
                "path": path,
                "status": response.status_code,
                "content_type": response.get("Content-Type", ""),
                "retry_after": response.get("Retry-After"),
                "cache_control": response.get("Cache-Control", ""),
                "body": response.content.decode(errors="replace"),
            }
        )
    print(json.dumps(results))


def _statement_timeout():
    from django.db import connection
    from django.db.utils import OperationalError

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(2)")
    except OperationalError as exc:
        return {"path": "@statement-timeout", "error": type(exc).__name__, "message": str(exc)}
    return {"path": "@statement-timeout", "error": None}


if __name__ == "__main__":
    main(sys.argv[1:])
