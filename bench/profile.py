"""Where an uncached page's time goes: pyinstrument over N requests on the bench database.

Usage: .venv/bin/python bench/profile.py /stories/<slug>/ [requests]
pyinstrument is a development tool: `.venv/bin/pip install pyinstrument` first.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench import DB, PG, server_env  # noqa: E402


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    os.environ.update(server_env(False, "", ROOT / "staticfiles"))
    os.environ["DATABASE_URL"] = f"{PG}/{DB}"
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdigest.settings")
    django.setup()
    from django.conf import settings

    # Production settings, except that static URLs need no collected manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.test import Client
    from pyinstrument import Profiler

    client = Client()
    first = client.get(path)
    assert first.status_code == 200, first.content[:2000]
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(count):
            client.get(path)
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
