"""Fault drill: the site under load while PostgreSQL restarts and Redis stops, then hangs.

Runs gunicorn against PostgreSQL and Redis on this machine, loads it with wrk, and meanwhile
restarts the PostgreSQL cluster, shuts Redis down and starts it again, and pauses it. It
prints the answers per phase (from wrk and from a probe that times every request) and the
time to recovery, and exits non-zero when a target is missed:

* no non-2xx answer once PostgreSQL has been back for 5 seconds;
* no 5xx answer at all while Redis is down or hung.

It disturbs every other user of the local PostgreSQL and Redis: run it by hand (make
fault-drill), never in the test suite or CI. Both services are running again when it ends.
``--dry-run`` goes through the same phases without touching either service.
"""

import argparse
import collections
import http.client
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG_VERSION, PG_CLUSTER = "15", "main"
PG_RESTART = ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, PG_CLUSTER, "restart"]
PG_START = ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, PG_CLUSTER, "start"]
REDIS_START = shlex.split(
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" '
    "--appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log"
)
REDIS_DB = "14"
DRILL_DB = "nd_fault_drill"
RECOVERY_GRACE = 5.0


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)  # noqa: S603 - fixed commands


def quiet(command, timeout=15):
    """Run a command, report whether it succeeded; never raises."""
    try:
        done = subprocess.run(  # noqa: S603 - fixed commands
            command, capture_output=True, text=True, timeout=timeout
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def postgres_ready():
    return quiet(["pg_isready", "-h", "127.0.0.1", "-t", "1"])


def redis_answers():
    try:
        done = subprocess.run(
            ["redis-cli", "-h", "127.0.0.1", "ping"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=3,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.stdout.strip() == "PONG"


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Probe(threading.Thread):
    """Requests the pages one after another and keeps (time, path, status, seconds) for each;
    a refused or timed-out request is status 0."""

    def __init__(self, port, paths):
        super().__init__(daemon=True)
        self.port, self.paths, self.results = port, paths, []
        self.stopping = threading.Event()

    def run(self):
        n = 0
        while not self.stopping.is_set():
            n += 1
            path = self.paths[n % len(self.paths)].replace("{n}", f"p{n}")
            started = time.time()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                connection.request("GET", path)
                status = connection.getresponse().status
                connection.close()
            except (OSError, http.client.HTTPException):
                status = 0
            self.results.append((started, path, status, time.time() - started))
            time.sleep(0.05)


class Drill:
    def __init__(self, args):
        self.args = args
        self.work = Path(tempfile.mkdtemp(prefix="fault-drill-"))
        self.port = free_port()
        self.events = []  # (time, name)
        self.gunicorn = self.wrk = None
        self.env = {
            **os.environ,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DRILL_DB}",
            "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "DJANGO_CACHE_PREFIX": "fault-drill",
            "DJANGO_STATIC_ROOT": str(self.work / "static"),
            "DJANGO_MEDIA_ROOT": str(self.work / "media"),
        }

    def mark(self, name):
        self.events.append((time.time(), name))
        log(name)

    # --- setting up ---------------------------------------------------------------------

    def prepare(self):
        log(f"database {DRILL_DB}: migrate, demo content, static files")
        psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"]
        run([*psql, f"DROP DATABASE IF EXISTS {DRILL_DB}"], stdout=subprocess.DEVNULL)
        run([*psql, f"CREATE DATABASE {DRILL_DB}"], stdout=subprocess.DEVNULL)
        manage = [sys.executable, "manage.py"]
        run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=self.env)
        run([*manage, "seed_demo", "--no-images"], cwd=ROOT, env=self.env, capture_output=True)
        run([*manage, "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=self.env)
        slugs = subprocess.run(  # noqa: S603
            [
                *manage,
                "shell",
                "-v",
                "0",
                "-c",
                "from stories.models import Story, Question\n"
                "from topics.models import Topic\n"
                "s = Story.objects.published()[:2]\n"
                "print(*[x.slug for x in s])\n"
                "print(Question.objects.published().first().slug)\n"
                "print(Topic.objects.filter(stories__in=s).first().slug)",
            ],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        story_a, story_b, question, topic = slugs
        self.paths = [
            "/",
            f"/stories/{story_a}/",
            f"/stories/{story_b}/?drill={{n}}",
            f"/questions/{question}/",
            "/topics/",
            f"/topics/{topic}/?drill={{n}}",
            "/feed/",
            "/healthz",
        ]

    def start_site(self):
        log(f"gunicorn on 127.0.0.1:{self.port}: 2 workers x 4 threads")
        self.gunicorn = subprocess.Popen(  # noqa: S603
            [
                str(BIN / "gunicorn"),
                "newsdigest.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--worker-class",
                "gthread",
                "--threads",
                "4",
                "--timeout",
                "30",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=open(self.work / "gunicorn.log", "w"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )

        def healthy():
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/healthz")
                return connection.getresponse().status == 200
            except OSError:
                return False

        if not wait_for(healthy, 30):
            raise SystemExit("gunicorn did not become healthy; see " + str(self.work))

    def start_load(self):
        self.wrk_out = self.work / "wrk.out"
        env = {**self.env, "DRILL_PATHS": " ".join(self.paths), "DRILL_WRK_OUT": str(self.wrk_out)}
        self.wrk = subprocess.Popen(  # noqa: S603
            [
                "/usr/bin/wrk",
                "-t2",
                f"-c{self.args.connections}",
                "-d600s",
                "--timeout",
                "10s",
                "-s",
                str(ROOT / "ops" / "fault_drill.lua"),
                f"http://127.0.0.1:{self.port}",
            ],
            env=env,
            stdout=open(self.work / "wrk.log", "w"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        self.probe = Probe(self.port, self.paths)
        self.probe.start()

    # --- the faults ---------------------------------------------------------------------

    def faults(self):
        dry = self.args.dry_run
        self.mark("baseline")
        time.sleep(8)

        self.mark("postgresql restarting")
        if not dry:
            run(PG_RESTART, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(postgres_ready, 60)
        self.mark("postgresql back")
        time.sleep(RECOVERY_GRACE)
        self.mark("postgresql back for 5 s")
        time.sleep(10)

        self.mark("redis down")
        if not dry:
            quiet(["redis-cli", "-h", "127.0.0.1", "shutdown", "nosave"])
            wait_for(lambda: not redis_answers(), 10)
        time.sleep(12)
        if not dry:
            run(REDIS_START, stdout=subprocess.DEVNULL)
            wait_for(redis_answers, 20)
        self.mark("redis back")
        time.sleep(4)

        self.mark("redis hung")
        if not dry:
            # Every command blocks for 5 s, as when Redis stalls on a slow disk or a fork.
            quiet(["redis-cli", "-h", "127.0.0.1", "client", "pause", "5000", "ALL"])
        time.sleep(5)
        self.mark("recovered")
        time.sleep(8)
        self.mark("end")

    # --- reporting ----------------------------------------------------------------------

    def phases(self):
        names = [name for _t, name in self.events]
        times = [t for t, _name in self.events]
        return [
            (names[i], times[i], times[i + 1]) for i in range(len(names) - 1)
        ]  # the last mark only closes the previous phase

    def wrk_counts(self):
        per_second, errors, latency_max = collections.defaultdict(collections.Counter), None, None
        for line in self.wrk_out.read_text().splitlines():
            parts = line.split()
            if parts[0] == "errors":
                errors = dict(
                    zip(["connect", "read", "write", "status", "timeout"], parts[1:], strict=True)
                )
            elif parts[0] == "latency_max_ms":
                latency_max = float(parts[1])
            else:
                second, status, count = (int(p) for p in parts)
                per_second[second][status] += count
        return per_second, errors, latency_max

    def report(self):
        per_second, wrk_errors, wrk_latency_max = self.wrk_counts()
        phases = self.phases()
        start = phases[0][1]
        failures = []
        print()
        header = f"{'phase':<26}{'from':>7}{'to':>7}  {'wrk (1 s buckets)':<34}  {'probe':<30}"
        print(f"{header}{'max s':>6}")
        pg_back = next(t for t, name in self.events if name == "postgresql back")
        redis_phases = {"redis down", "redis hung"}
        for name, begin, end in phases:
            wrk = collections.Counter()
            for second, counter in per_second.items():
                # A bucket belongs to the phase its middle falls in.
                if begin <= second + 0.5 < end:
                    wrk.update(counter)
            probes = [r for r in self.probe.results if begin <= r[0] < end]
            probe = collections.Counter(r[2] for r in probes)
            slowest = max((r[3] for r in probes), default=0.0)
            print(
                f"{name:<26}{begin - start:>7.1f}{end - start:>7.1f}  "
                f"{describe(wrk):<34}  {describe(probe):<30}{slowest:>6.2f}"
            )
            if name in redis_phases and (
                any(s >= 500 for s in wrk) or any(s >= 500 or s == 0 for s in probe)
            ):
                failures.append(f"5xx or no answer while {name}")
        late = [
            r for r in self.probe.results if r[0] >= pg_back + RECOVERY_GRACE and r[2] // 100 != 2
        ]
        late_wrk = sum(
            count
            for second, counter in per_second.items()
            if second >= pg_back + RECOVERY_GRACE
            for status, count in counter.items()
            if status // 100 != 2
        )
        if late or late_wrk:
            failures.append(
                f"{len(late)} probe and {late_wrk} wrk non-2xx answers more than "
                f"{RECOVERY_GRACE:.0f} s after PostgreSQL was back"
            )
        pg_down = next(t for t, name in self.events if name == "postgresql restarting")
        failed = [r for r in self.probe.results if r[0] >= pg_down and r[2] // 100 != 2]
        outage = [r for r in failed if r[0] < pg_back + 30]
        print()
        print(f"PostgreSQL restart took {pg_back - pg_down:.1f} s")
        if outage:
            last = max(r[0] + r[3] for r in outage)
            print(
                f"probe: {len(outage)} non-2xx answers during the restart "
                f"({describe(collections.Counter(r[2] for r in outage))}), slowest "
                f"{max(r[3] for r in outage):.2f} s; last one {last - pg_back:+.1f} s after "
                f"PostgreSQL was back: recovery {max(0.0, last - pg_back):.1f} s"
            )
        else:
            print("probe: every request during the restart was answered 2xx")
        print(f"wrk socket errors: {wrk_errors}; slowest wrk response {wrk_latency_max:.0f} ms")
        print()
        for failure in failures:
            print("FAIL:", failure)
        if not failures:
            print(
                "PASS: no non-2xx once PostgreSQL had been back for 5 s; "
                "no 5xx while Redis was down or hung"
            )
        return not failures

    # --- tidying up ---------------------------------------------------------------------

    def stop(self):
        if self.wrk and self.wrk.poll() is None:
            self.wrk.send_signal(signal.SIGINT)
            try:
                self.wrk.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.wrk.kill()
        if getattr(self, "probe", None):
            self.probe.stopping.set()
            self.probe.join(timeout=15)
        if self.gunicorn and self.gunicorn.poll() is None:
            self.gunicorn.terminate()
            try:
                self.gunicorn.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.gunicorn.kill()

    def restore_services(self):
        """Whatever happened, leave PostgreSQL and Redis running and answering."""
        if not postgres_ready():
            log("PostgreSQL is not answering: starting it")
            quiet(PG_START, timeout=60)
            wait_for(postgres_ready, 60)
        quiet(["redis-cli", "-h", "127.0.0.1", "client", "unpause"])
        if not redis_answers():
            log("Redis is not answering: starting it")
            quiet(REDIS_START)
            wait_for(redis_answers, 20)
        log(
            f"PostgreSQL {'ready' if postgres_ready() else 'NOT READY'}, "
            f"Redis {'answers' if redis_answers() else 'NOT ANSWERING'}"
        )

    def clean(self):
        quiet(["redis-cli", "-h", "127.0.0.1", "-n", REDIS_DB, "flushdb"])
        quiet(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc",
               f"DROP DATABASE IF EXISTS {DRILL_DB}"])  # fmt: skip
        if self.args.keep:
            log(f"logs kept in {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)


def describe(counter):
    if not counter:
        return "-"
    return " ".join(f"{status or 'err'}:{count}" for status, count in sorted(counter.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="same phases, no faults")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument("--keep", action="store_true", help="keep the logs and wrk output")
    args = parser.parse_args()
    drill = Drill(args)
    passed = False
    try:
        drill.prepare()
        drill.start_site()
        drill.start_load()
        drill.faults()
        drill.stop()
        passed = drill.report()
    finally:
        drill.stop()
        if not args.dry_run:
            drill.restore_services()
        drill.clean()
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
