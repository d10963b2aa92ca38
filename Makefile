# The two commands a newcomer needs:  `make run`  and  `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test test-unit lint clean

$(BIN)/ruslink: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/ruslink

setup: $(BIN)/ruslink
	bash scripts/setup-system.sh

run: setup
	$(BIN)/ruslink serve --demo

test: setup
	$(BIN)/python -m pytest

# The inner loop: no database, no server, no browser (seconds).
test-unit: setup
	$(BIN)/python -m pytest tests/unit

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
