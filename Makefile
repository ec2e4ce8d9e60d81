# Two commands for a newcomer: `make run` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench lint setup translations screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml packaging/linux/ensure-system-deps.sh
	@PYTHON=$(PYTHON) bash packaging/linux/ensure-system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# The window's .ts → .qm (Qt's lrelease) and the gettext .po → .mo (Babel); neither is committed.
translations: $(STAMP)
	@$(BIN)/python -m caseapp.i18n_build

run: $(STAMP) translations
	@PYTHON=$(PYTHON) bash packaging/linux/ensure-system-deps.sh desktop
	$(BIN)/caseapp-gui --demo

test: $(STAMP) translations
	@PYTHON=$(PYTHON) bash packaging/linux/ensure-system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports pyproject.toml
	$(BIN)/python -m mypy
	$(BIN)/python -m ruff check caseapp tests benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/lint-imports pyproject.toml
	$(BIN)/python -m ruff check caseapp tests benchmarks
	$(BIN)/python -m mypy

screenshots: $(STAMP) translations
	bash packaging/linux/screenshots.sh

clean:
	rm -rf $(VENV) build *.egg-info
