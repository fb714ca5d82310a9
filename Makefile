# The README's commands. Each target creates .venv when it is missing.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
CHROMIUM_PATH := $(VENV)/chromium-path

.PHONY: run test browser pagecheck lint format migrations-check screenshots bench fault-drill backup-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

## make run: set up and serve the demo site on http://127.0.0.1:$(PORT)/
run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py ensure_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin at http://127.0.0.1:$(PORT)/admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## make test: set up and run the whole test suite (the browser tests included)
test: $(TEST_STAMP) browser
	$(PY) -m pytest $(PYTEST_ARGS)

## make browser: find or install the Chromium the browser tests drive (ops/provide_chromium.sh)
browser: $(TEST_STAMP)
	@bash ops/provide_chromium.sh $(CHROMIUM_PATH)

## make lint: formatting, ruff's rules and the import contracts (pyproject.toml)
lint: $(TEST_STAMP)
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

format: $(TEST_STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

migrations-check: $(STAMP)
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media staticfiles

## make backup-check: dump PostgreSQL and the media, restore both fresh, compare (docs/operations.md)
backup-check: $(STAMP)
	bash ops/backup_check.sh

## make fault-drill: gunicorn under wrk load while PostgreSQL restarts and Redis stops (not in CI)
fault-drill: $(STAMP)
	$(PY) ops/fault_drill.py

## make screenshots: phone and desktop, light and dark, of each page type, into docs/screenshots/
screenshots: $(TEST_STAMP) browser
	$(PY) tests/browser/screenshots.py

## make pagecheck [BASE=rev]: every demo page rendered by BASE (default HEAD) and by the
## working tree, with a frozen clock, compared byte for byte (bench/pagecheck.py)
pagecheck: $(TEST_STAMP)
	$(PY) bench/pagecheck.py $(if $(BASE),--base $(BASE))

## make bench: gunicorn on PostgreSQL (and Redis) with 100 000 explainers, loaded with wrk
## (see docs/performance.md). Seeds the database BENCH_DB once and reuses it afterwards.
bench: $(STAMP)
	$(PY) bench/bench.py
