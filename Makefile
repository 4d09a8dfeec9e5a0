# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults; production sets its own environment (see docs/operations.md).
DEV_ENV := DEBUG=1

.PHONY: run test lint typecheck migrations-check pytest check-deploy bench bench-screening bench-worklist e2e-deps clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found). Install python3.11 and python3.11-venv, or run: make PYTHON=/path/to/python3.11 ..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(DEV_ENV) $(PY) manage.py seed_demo
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.installed-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(DEV_ENV) $(PY) -m mypy .

migrations-check: $(VENV)/.installed-dev
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

# The browser tests' needs: axe-core at the version package-lock.json pins, and Chromium.
e2e-deps: node_modules/.package-lock.json
	@test -x /usr/bin/chromium || echo "Browser tests (tests/e2e) need Chromium: apt-get install chromium"

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	@touch $@

pytest: $(VENV)/.installed-dev e2e-deps
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck migrations-check pytest

check-deploy: $(VENV)/.installed-run
	DEBUG=0 SECRET_KEY=check-deploy-$$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n') \
	ALLOWED_HOSTS=clinic.example.org REDIS_URL=redis://127.0.0.1:6379/0 \
	$(PY) manage.py check --deploy --fail-level WARNING

bench-screening: $(VENV)/.installed-dev
	$(PY) bench/screening.py

bench-worklist: $(VENV)/.installed-dev
	$(PY) bench/worklist.py

# Load test with production settings on PostgreSQL (BENCH_DATABASE_URL); see docs/performance.md.
bench: $(VENV)/.installed-dev
	$(PY) bench/load.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 node_modules test-artifacts
