# The two commands of the README: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test test-postgres install install-dev browser migrate demo lint

$(VENV)/.installed-run: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

# Ingest the bundled fictional demo articles (re-running changes nothing).
demo: migrate
	$(PY) manage.py ingest samples/

# Set up, load the demo articles and serve on http://127.0.0.1:8000
run: demo
	$(PY) manage.py runserver $(HOST)

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here); the
# deployment tests check docker-compose.yml with Debian's docker-compose (no Docker engine needed).
TEST_PACKAGES := chromium fonts-noto-cjk docker-compose
browser:
	@if [ ! -x /usr/bin/chromium ] || ! command -v docker-compose >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's $(TEST_PACKAGES) for the browser and deployment tests"; \
	    (apt-get install -y -q $(TEST_PACKAGES) >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null && apt-get install -y -q $(TEST_PACKAGES) >/dev/null)); \
	  else \
	    echo "note: run 'sudo apt-get install -y $(TEST_PACKAGES)' for the browser and deployment tests"; \
	  fi; \
	fi

# Set up and run every test (SQLite unless DATABASE_URL says otherwise).
test: install-dev browser
	$(PY) -m pytest $(PYTEST_ARGS)

# The same suite against the local PostgreSQL server.
test-postgres:
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(MAKE) test

lint: install-dev
	$(PY) -m ruff check .
