"""make pagecheck: every demo page, byte for byte, before and after a change.

Renders every page a reader (and a previewing editor) can reach in the demo newsroom, in two
source trees: a git revision (BASE, default HEAD) checked
out into a temporary worktree, and the working tree. Both run with the same frozen clock,
secret key and hash seed on a fresh database, so any difference in a body or a reader-facing
header is a difference the change made. Prints a summary and the first lines of each
difference; exits 1 when any page differs.

    python bench/pagecheck.py                 # HEAD against the working tree
    python bench/pagecheck.py --base 3cfd5d8  # a given revision against the working tree
    python bench/pagecheck.py snapshot DIR    # write the working tree's pages to DIR

DATABASE_URL chooses PostgreSQL (a database per tree is created and dropped beside it);
without it each tree gets its own SQLite file.
"""

import argparse
import difflib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
FROZEN_AT = "2026-12-01T09:30:00+00:00"
HEADERS = (
    "Content-Type",
    "Cache-Control",
    "ETag",
    "Last-Modified",
    "Expires",
    "Vary",
    "Location",
    "X-Robots-Tag",
    "Content-Language",
    "Retry-After",
)
# Addresses that are not reached by following links: feeds, crawler files, searches, errors.
EXTRA = [
    "/feed/",
    "/feed/atom/",
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/search/",
    "/search/?q=",
    "/search/?q=harbour",
    "/search/?q=bank+rates",
    "/search/?q=bank&kind=questions",
    "/search/?q=bank&kind=topics",
    "/search/?q=water&page=2",
    "/search/?q=%22central+bank%22",
    "/search/?q=zzzznothing",
    "/search/?q=" + "x" * 300,
    "/stories/no-such-story/",
    "/questions/no-such-question/",
    "/topics/no-such-topic/",
    "/tags/no-such-tag/",
    "/no/such/page/",
    "/?page=2",
    "/topics/?page=99",
]
MAX_PAGES = 2000
SKIP = re.compile(r"^/(admin|static|media)/")


def crawl(client, start):
    """Every internal address reachable from ``start``, with its response."""
    seen, queue, pages = set(), list(start), {}
    href = re.compile(r'(?:href|src)="(/[^"#]*)"|<loc>https?://[^/<]+(/[^<]*)</loc>')
    while queue and len(pages) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen or SKIP.match(url):
            continue
        seen.add(url)
        response = client.get(url)
        pages[url] = response
        if response.get("Content-Type", "").startswith(("text/html", "application/xml")):
            text = response.content.decode("utf-8", "replace")
            for match in href.finditer(text):
                link = (match.group(1) or match.group(2)).replace("&amp;", "&")
                if link not in seen:
                    queue.append(link)
    return pages


def record(url, response):
    headers = {name: response[name] for name in HEADERS if response.has_header(name)}
    return {"url": url, "status": response.status_code, "headers": headers}


def snapshot(out):
    """Write every page of this tree's demo newsroom into ``out`` (run inside the tree)."""
    import time_machine

    traveller = time_machine.travel(FROZEN_AT, tick=False)
    traveller.start()
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    logging.disable(logging.WARNING)
    settings.ALLOWED_HOSTS = ["*"]
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115

    reader = Client()
    pages = crawl(reader, ["/", *EXTRA])
    from stories.models import Story

    # A reader's ask on a live explainer: an empty form (errors shown) and the thank-you page.
    live = Story.objects.published().order_by("slug").first()
    if live:
        url = live.get_absolute_url()
        pages[f"POST {url}ask/"] = reader.post(f"{url}ask/", {"question": ""})
        pages[f"{url}ask/thanks/"] = reader.get(f"{url}ask/thanks/")

    # Every story as a reader (404 or 410 when not public) and as a previewing editor.
    editor = Client()
    user = get_user_model().objects.create_superuser("pagecheck", "pagecheck@example.org", "x")
    editor.force_login(user)
    for story in Story.objects.order_by("slug"):
        url = story.get_absolute_url()
        pages.setdefault(url, reader.get(url))
        pages[f"editor {url}"] = editor.get(url)

    out.mkdir(parents=True, exist_ok=True)
    index = []
    for n, (url, response) in enumerate(sorted(pages.items())):
        entry = record(url, response)
        entry["file"] = f"{n:04d}.body"
        (out / entry["file"]).write_bytes(response.content)
        index.append(entry)
    (out / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True))
    traveller.stop()
    print(f"{len(index)} pages written to {out}", file=sys.stderr)


def run_snapshot(tree, out, label):
    """Render ``tree``'s pages into ``out`` in a process of their own."""
    env = dict(
        os.environ,
        PYTHONHASHSEED="0",
        DJANGO_SETTINGS_MODULE="newsdigest.settings",
        DJANGO_SECRET_KEY="pagecheck-fixed-key",
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="*",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_MEDIA_ROOT=str(out.parent / f"media-{label}"),
        DJANGO_STATIC_ROOT=str(out.parent / f"static-{label}"),
        PYTHONPATH=str(tree),
    )
    env.pop("REDIS_URL", None)
    database = None
    if os.environ.get("DATABASE_URL"):
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        database = f"newsdigest_pagecheck_{label}_{os.getpid()}"
        _psql(base, f"DROP DATABASE IF EXISTS {database}")
        _psql(base, f"CREATE DATABASE {database}")
        env["DATABASE_URL"] = f"{base}/{database}"
    else:
        env["DJANGO_SQLITE_PATH"] = str(out.parent / f"{label}.sqlite3")
    print(f"Rendering {label} ({tree})…", file=sys.stderr, flush=True)
    try:
        subprocess.run(  # noqa: S603
            [sys.executable, str(Path(__file__).resolve()), "snapshot", str(out)],
            cwd=tree,
            env=env,
            check=True,
        )
    finally:
        if database:
            _psql(base, f"DROP DATABASE IF EXISTS {database}")


def _psql(base, sql):
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def compare(before, after):
    """Print each difference between two snapshots; return how many pages differ."""
    old = {e["url"]: e for e in json.loads((before / "index.json").read_text())}
    new = {e["url"]: e for e in json.loads((after / "index.json").read_text())}
    differing = 0
    for url in sorted(old.keys() | new.keys()):
        if url not in new or url not in old:
            differing += 1
            print(f"\n{url}: only {'before' if url in old else 'after'}")
            continue
        a, b = old[url], new[url]
        body_a = (before / a["file"]).read_bytes()
        body_b = (after / b["file"]).read_bytes()
        if (a["status"], a["headers"], body_a) == (b["status"], b["headers"], body_b):
            continue
        differing += 1
        print(f"\n{url}:")
        if a["status"] != b["status"]:
            print(f"  status {a['status']} → {b['status']}")
        for name in sorted(a["headers"].keys() | b["headers"].keys()):
            if a["headers"].get(name) != b["headers"].get(name):
                print(f"  {name}: {a['headers'].get(name)!r} → {b['headers'].get(name)!r}")
        if body_a != body_b:
            lines = difflib.unified_diff(
                body_a.decode("utf-8", "replace").splitlines(),
                body_b.decode("utf-8", "replace").splitlines(),
                lineterm="",
                n=1,
            )
            for line in list(lines)[2:22]:
                print(f"  {line[:160]}")
    return differing, len(old.keys() | new.keys())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    shot = sub.add_parser("snapshot")
    shot.add_argument("out", type=Path)
    parser.add_argument("--base", default=os.environ.get("BASE") or "HEAD")
    parser.add_argument("--keep", action="store_true", help="keep the rendered pages")
    args = parser.parse_args()

    if args.command == "snapshot":
        snapshot(args.out.resolve())
        return 0

    work = Path(tempfile.mkdtemp(prefix="pagecheck-"))
    base_tree = work / "base"
    subprocess.run(  # noqa: S603
        ["git", "worktree", "add", "--detach", "-q", str(base_tree), args.base],  # noqa: S607
        cwd=ROOT,
        check=True,
    )
    try:
        run_snapshot(base_tree, work / "before", "before")
        run_snapshot(ROOT, work / "after", "after")
        differing, total = compare(work / "before", work / "after")
    finally:
        subprocess.run(  # noqa: S603
            ["git", "worktree", "remove", "--force", str(base_tree)],  # noqa: S607
            cwd=ROOT,
            check=False,
        )
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    verdict = "identical" if not differing else f"{differing} differ"
    print(
        f"\npagecheck: {total} pages ({urlsplit(args.base).path or args.base} → working tree): "
        f"{verdict}"
    )
    if args.keep:
        print(f"Pages kept in {work}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
