# Linimasa: `make run` serves the app, `make test` runs every test. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= $(or $(LINIMASA_HOST),127.0.0.1)
PORT   ?= $(or $(LINIMASA_PORT),8000)
# apt needs root; use sudo when we are not root and sudo exists
SUDO   := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)

.PHONY: run test test-postgres bench chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.installed-app

## run: create .venv, install, migrate, load the seed articles on first start, serve on http://$(HOST):$(PORT)
run: $(VENV)/.installed-app
	$(BIN)/linimasa serve --host $(HOST) --port $(PORT)

## test: install the test extras and Debian's chromium (for the browser tests), then run the whole suite
test: $(VENV)/.installed-test chromium
	$(BIN)/python -m pytest

## test-postgres: the storage, API and ingest tests on a throwaway PostgreSQL cluster (Debian's postgresql installed if missing)
test-postgres: $(VENV)/.installed-test
	PYTHON=$(BIN)/python scripts/test-postgres.sh

## bench: the extractor against dateparser, the pipeline against its earlier self, events on the dev set, the timeline fragment with 100,000 events, `linimasa ingest` against extraction alone on a generated corpus, and HTTP under load with 1 and 2 workers against Datasette
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/pipeline.py
	$(BIN)/python benchmarks/events.py --orders
	$(BIN)/python benchmarks/timeline.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/http.py

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

clean:
	rm -rf $(VENV) linimasa.db linimasa.db-wal linimasa.db-shm tests/artifacts
