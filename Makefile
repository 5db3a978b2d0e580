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

# Refresh the German/English message catalogues (needs GNU gettext).
messages: $(BIN)/.installed
	cd transferhub && ../$(BIN)/transferhub makemessages -l en -l de --no-obsolete
	cd transferhub && ../$(BIN)/transferhub compilemessages

clean:
	rm -rf $(VENV) var *.egg-info
