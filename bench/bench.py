"""make bench: the site under gunicorn on PostgreSQL (and Redis), loaded with wrk.

Seeds (or reuses) a PostgreSQL database with the demo newsroom plus BENCH_STORIES generated
explainers, then measures the explainer, home, topic and search pages with the page cache on
and off, next to a reference measured in the same run: a bare Django view returning a constant
page the size of the explainer (newsdigest/bench.py), the ceiling for any page of this stack.
The ceiling is loaded before and after the pages; the ratios use the mean of the two.

Environment: BENCH_DB (database name, default newsdigest_bench), BENCH_STORIES (100000),
BENCH_DURATION (seconds per measurement, 10), BENCH_CONNECTIONS (8), BENCH_WORKERS (one per
CPU), BENCH_PORT (a free one), BENCH_REDIS_URL (redis://127.0.0.1:6379/8; "none" to skip).
"""

import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB = os.environ.get("BENCH_DB", "newsdigest_bench")
STORIES = int(os.environ.get("BENCH_STORIES", "100000"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
CPUS = os.cpu_count() or 2
# The pages are CPU-bound: one sync worker per core.
WORKERS = int(os.environ.get("BENCH_WORKERS", str(CPUS)))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PORT = int(os.environ.get("BENCH_PORT") or free_port())
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
WRK = shutil.which("wrk") or "/usr/bin/wrk"
BASE = f"http://127.0.0.1:{PORT}"
SEARCH_WORDS = (
    "harbour budget ferry reservoir tariff vaccine census bridge wildfire pension".split()
)


def log(message):
    print(message, file=sys.stderr, flush=True)


def server_env(page_cache, redis_url, static_root):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"{PG}/{DB}",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-only-key-not-used-anywhere-else-0123456789",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(static_root),
        DJANGO_LOG_LEVEL="ERROR",
        NEWSDIGEST_BENCH="1",
        NEWSDIGEST_PAGE_CACHE_SECONDS="600" if page_cache else "0",
    )
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env, *args):
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare_database(env):
    """Create, migrate and seed the bench database; an already seeded one is reused."""
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB}"')
    manage(env, "migrate", "--noinput", "-v0")
    with psycopg.connect(f"{PG}/{DB}") as conn:
        have = conn.execute(
            "SELECT count(*) FROM stories_story WHERE slug LIKE 'archive-%%'"
        ).fetchone()[0]
    if have < STORIES:
        log(f"Seeding {STORIES - have} explainers (once; later runs reuse {DB})…")
        manage(env, "seed_demo", "--no-images", "--stories", str(STORIES - have))
    else:
        log(f"Reusing {DB}: {have} generated explainers.")
    manage(env, "collectstatic", "--noinput", "-v0")


def pick_pages():
    """The richest demo explainer, the busiest topic and a rotating set of searches."""
    with psycopg.connect(f"{PG}/{DB}") as conn:
        story = conn.execute(
            "SELECT slug FROM stories_story WHERE status = 'published' AND published_at <= now()"
            " AND slug NOT LIKE 'archive-%%' ORDER BY featured DESC, published_at DESC LIMIT 1"
        ).fetchone()[0]
        topic = conn.execute(
            "SELECT t.slug FROM topics_topic t JOIN stories_storytopic st ON st.topic_id = t.id"
            " GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        total = conn.execute(
            "SELECT count(*) FROM stories_story WHERE status = 'published'"
        ).fetchone()[0]
    return {
        "explainer": f"/stories/{story}/",
        "home": "/",
        "topic": f"/topics/{topic}/",
        "search": "/search/?q=harbour",
    }, total


def redis_available(url):
    if not url or url == "none":
        return False
    try:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
        client.flushdb()
        return True
    except Exception:  # noqa: BLE001 - no Redis means a local-memory cache per worker
        return False


class Server:
    def __init__(self, env):
        self.env = env
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                PY,
                "-m",
                "gunicorn",
                "newsdigest.wsgi",
                "--bind",
                f"127.0.0.1:{PORT}",
                "--workers",
                str(WORKERS),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        for _ in range(100):
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited; is the port taken?")
            time.sleep(0.1)
            try:
                with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def fetch(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        return response.read()


def search_script(directory):
    """wrk picks a different search for each request, so search is not one cached page."""
    queries = [f"{a} {b}" for a in SEARCH_WORDS for b in SEARCH_WORDS if a != b] + SEARCH_WORDS
    lua = "paths = {" + ",".join(f'"/search/?q={q.replace(" ", "+")}"' for q in queries) + "}\n"
    lua += "counter = 0\nrequest = function()\n  counter = counter + 1\n"
    lua += "  return wrk.format(nil, paths[(counter % #paths) + 1])\nend\n"
    path = Path(directory) / "search.lua"
    path.write_text(lua)
    return path, [f"/search/?q={q.replace(' ', '+')}" for q in queries]


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(path, script=None, connections=CONNECTIONS):
    args = [WRK, "-t2", f"-c{connections}", f"-d{DURATION}s", "--latency", "--timeout", "10s"]
    if script:
        args += ["-s", str(script)]
    output = subprocess.run([*args, BASE + path], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        pct: float(value) * UNITS[unit]
        for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        log(f"  warning: {errors.group(1)} non-2xx answers for {path}")
    return {"rps": rps, "p50": latency.get("50"), "p99": latency.get("99")}


def measure(pages, mode, size, tmp):
    ceiling_path = f"/bench/ceiling/?size={size}"
    first_ceiling = wrk(ceiling_path)
    results = {"ceiling": first_ceiling}
    script, searches = search_script(tmp)
    for name, path in pages.items():
        if name == "search":
            if mode == "cached":
                for search in searches:
                    fetch(search)
            results[name] = wrk(path, script=script)
            # Latency with little queueing: one connection per core.
            results[f"search@c{CPUS}"] = wrk(path, script=script, connections=CPUS)
        else:
            fetch(path)
            results[name] = wrk(path)
    # The ceiling again after the pages: the ratios use the mean of both, so a machine that
    # got busier or quieter during the run moves the reference with the pages.
    last_ceiling = wrk(ceiling_path)
    results["ceiling"] = {
        key: (first_ceiling[key] + last_ceiling[key]) / 2
        if first_ceiling[key] is not None and last_ceiling[key] is not None
        else None
        for key in first_ceiling
    }
    results["ceiling"]["spread"] = (first_ceiling["rps"], last_ceiling["rps"])
    return results


def report(all_results, pages, total, size, redis):
    cpu = platform.processor() or platform.machine()
    try:
        model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text()).group(1)
        cpu = model.strip()
    except (OSError, AttributeError):
        pass
    print()
    print(f"Machine: {os.cpu_count()} CPUs, {cpu}; Python {platform.python_version()}")
    print(
        f"Database: PostgreSQL, {total} published explainers; cache: "
        f"{'Redis' if redis else 'local memory per worker'}; gunicorn {WORKERS} sync workers; "
        f"wrk 2 threads, {CONNECTIONS} connections, {DURATION}s each; page size {size} bytes"
    )
    print()
    header = f"{'page':<12} {'mode':<9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of ceiling':>11}"
    print(header)
    print("-" * len(header))
    for mode, results in all_results.items():
        ceiling = results["ceiling"]["rps"]
        for name in results:
            r = results[name]
            share = f"{100 * r['rps'] / ceiling:.1f} %"
            print(
                f"{name:<12} {mode:<9} {r['rps']:>9.1f} {r['p50'] or 0:>8.2f} "
                f"{r['p99'] or 0:>8.2f} {share:>11}"
            )
        low, high = sorted(results["ceiling"]["spread"])
        print(f"(ceiling: mean of {low:.0f} and {high:.0f} req/s, before and after the pages)")
        print()


def main():
    if not Path(WRK).exists():
        sys.exit("wrk is not installed (Debian package 'wrk').")
    redis = redis_available(REDIS_URL)
    with tempfile.TemporaryDirectory(prefix="newsdigest-bench-") as tmp:
        static_root = Path(tmp) / "static"
        base_env = server_env(True, REDIS_URL if redis else "", static_root)
        prepare_database(base_env)
        pages, total = pick_pages()
        all_results = {}
        for mode in ("cached", "uncached"):
            env = server_env(mode == "cached", REDIS_URL if redis else "", static_root)
            redis_available(REDIS_URL if redis else "")
            log(f"Measuring {mode} pages…")
            with Server(env):
                size = len(fetch(pages["explainer"]))
                all_results[mode] = measure(pages, mode, size, tmp)
        report(all_results, pages, total, size, redis)


if __name__ == "__main__":
    main()
