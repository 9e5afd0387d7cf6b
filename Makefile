# Sourcebook: `make demo` builds the bundled examples and prints the briefing; `make test` runs
# the suite. Both create .venv and install everything they need (PyPI only).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DB ?= sourcebook.db

.PHONY: install demo tour screenshots test check lint bench model clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test,check,model,bench,scale]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

## build the example articles into $(DB) and print the briefing
demo: install
	$(BIN)/sourcebook build examples --db $(DB) --no-progress
	$(BIN)/sourcebook report --db $(DB)

## the first hour, end to end: examples, briefing, exports, stats, a local web site, serve, a usage mistake
tour: install
	VENV=$(VENV) scripts/tour.sh

## docs/screenshots/*.png from the bundled examples (Playwright and Debian's chromium, headless)
screenshots: install
	$(BIN)/python scripts/screenshots.py --out docs/screenshots

## the whole test suite, one worker process per core (PostgreSQL tests start a throwaway cluster).
## Bytecode is cached even when PYTHONDONTWRITEBYTECODE is set: every worker, build subprocess and
## Dask worker would otherwise compile src/ and tests/ anew (pytest's rewritten tests included);
## `make bench` too, whose timed build processes would each compile src/ (an installed package has its bytecode).
TEST_ENV := PYTHONDONTWRITEBYTECODE=
test: install
	$(TEST_ENV) $(BIN)/python -m pytest -q -n auto --dist worksteal

## lint and types (ruff, mypy), then the fast tests (everything but the end-to-end CLI runs)
check: lint
	$(TEST_ENV) $(BIN)/python -m pytest -q -n auto --dist worksteal -m "not slow"

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

## speed: parse vs extraction, reconciliation scaling; results in bench/results.json
bench: install
	$(TEST_ENV) $(BIN)/python bench/run.py

POLNEAR ?= ../shared/corpora/polnear
MODEL_CACHE ?= /tmp/sourcebook-polnear-train.spacy
## the attribution cue tagger and ranker (nlp/attribution/tagger.json, ranker.json), refitted on PolNeAR train (CPU, 4-15 min: mostly the parse and the rules' runs over train)
model: install
	rm -f $(MODEL_CACHE)
	$(BIN)/python scripts/train_tagger.py $(POLNEAR)/train --cache $(MODEL_CACHE)
	$(BIN)/python scripts/train_ranker.py $(POLNEAR)/train --cache $(MODEL_CACHE)
	rm -f $(MODEL_CACHE)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DB).lock .pytest_cache
