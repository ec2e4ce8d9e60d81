# Two commands for a newcomer: `make run` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-slow bench lint setup translations screenshots clean dist test-dist icons

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

# The fuzz suite (tests/fuzz) with its slow profile: at least 10,000 generated inputs in
# all, counted and printed at the end, with hypothesis's statistics (the slowest input
# per 100 kB among them). `make test` runs the same tests with a few inputs each. No hang
# watchdog: shrinking a failure may take minutes, and once here the watchdog's thread
# dump in the middle of a long test ended in a segmentation fault.
test-slow: $(STAMP) translations
	CASEAPP_FUZZ=slow QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		-o faulthandler_timeout=0 --hypothesis-show-statistics tests/fuzz

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/lint-imports pyproject.toml
	$(BIN)/python -m ruff check caseapp tests benchmarks
	$(BIN)/python -m mypy

screenshots: $(STAMP) translations
	bash packaging/linux/screenshots.sh

# The Linux one-folder bundle (dist/caseapp) and its tarball with a home-folder installer
# (dist/caseapp-VERSION-linux-ARCH.tar.gz); PyInstaller is the `dist` extra. CPU heavy:
# about ten minutes on two cores (docs/packaging.md), so not part of `make test` or CI.
DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): $(STAMP)
	@$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,dist]'
	@touch $(DIST_STAMP)

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

dist: $(DIST_STAMP) translations icons
	PYTHON=$(PYTHON) bash packaging/linux/build-dist.sh

# The built bundle, copied to another folder, run offscreen with no python in PATH.
test-dist:
	bash packaging/linux/test-dist.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
