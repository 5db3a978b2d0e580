# Two commands on a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup test lint format bench messages clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

setup: $(BIN)/.installed
	$(BIN)/transferhub migrate --noinput
	$(BIN)/transferhub load-instruments

run: setup
	$(BIN)/transferhub demo
	$(BIN)/transferhub serve --host $(HOST) --port $(PORT)

test: $(BIN)/.installed
	scripts/test.sh

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: setup
	$(BIN)/python -m transferhub.bench

# Refresh the English message catalogues (needs GNU gettext). The msgids are German, so
# there is no German catalogue. Each app keeps its own in transferhub/<app>/locale (run from
# inside the app, so its strings land there); base templates and settings go to
# transferhub/locale. New strings come in untranslated: translate them (no fuzzy entries),
# then `make messages` again; lib/tests/test_english_ui.py fails until every entry is done.
# Every app of transferhub/ (a folder with apps.py) except the benchmarks.
LOCALE_APPS := $(filter-out bench,$(patsubst transferhub/%/apps.py,%,$(wildcard transferhub/*/apps.py)))
messages: $(BIN)/.installed
	for app in $(LOCALE_APPS); do \
		mkdir -p transferhub/$$app/locale/en/LC_MESSAGES && \
		(cd transferhub/$$app && ../../$(BIN)/transferhub makemessages -l en --no-obsolete --ignore tests) || exit 1; \
	done
	cd transferhub && ../$(BIN)/transferhub makemessages -l en --no-obsolete \
		$(foreach dir,$(LOCALE_APPS) bench static,--ignore $(dir))
	cd transferhub && ../$(BIN)/transferhub compilemessages

clean:
	rm -rf $(VENV) var *.egg-info
