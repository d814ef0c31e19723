# Workshopstöd – developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint ui translations bench package clean readme-images

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package,postgres]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/workshop-app

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# ruff (lint + format) and mypy (config in pyproject.toml: strict for domain, services,
# storage and export; mypy's normal checks for gui and the command line).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check workshop_app tests
	$(BIN)/ruff format --check workshop_app tests
	$(BIN)/mypy

# Qt Designer forms -> generated Python (committed, marked generated).
ui: $(VENV)/.installed-run
	@for f in ui/*.ui; do \
	  [ -e "$$f" ] || continue; \
	  out=workshop_app/gui/forms/ui_$$(basename $$f .ui).py; \
	  $(BIN)/pyside6-uic "$$f" -o "$$out" && echo "$$f -> $$out"; \
	done

# Extract tr() strings into the .ts sources, then compile .qm catalogs.
translations: $(VENV)/.installed-run
	$(BIN)/python tools/translations.py

# The README's pictures of the workshop view and the projector, rendered from the example
# workshop by the screenshot tests, so they show the app as it is now.
readme-images: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/gui/test_screenshots.py \
	  tests/gui/room/projector/test_presentation_screenshots.py
	mkdir -p docs/images
	cp build/screenshots/readme/workshop-view.png build/screenshots/readme/projector.png docs/images/

bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks

# One-folder bundle dist/workshop-app/ that runs without Python (packaging/pyinstaller/).
package: $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pyinstaller/workshop_app.spec
	@echo "bundle: dist/workshop-app ($$(du -sh dist/workshop-app | cut -f1))"

clean:
	rm -rf build dist .pytest_cache .ruff_cache
