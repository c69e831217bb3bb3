# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS_FILES := $(wildcard translations/*.ts)
QM_DIR := dro_trainer/gui/i18n
QM_FILES := $(patsubst translations/%.ts,$(QM_DIR)/%.qm,$(TS_FILES))

.PHONY: run test bench translations update-translations validate clean

run: $(STAMP) translations
	$(PY) main.py

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

validate: $(STAMP)
	$(PY) main.py pack validate modules/dro-core

$(STAMP): pyproject.toml
	@tools/ensure-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]' --config-settings editable_mode=compat
	touch $(STAMP)

# .qm files are built from the committed .ts files, never edited by hand.
translations: $(QM_FILES)

$(QM_DIR)/%.qm: translations/%.ts $(STAMP)
	@mkdir -p $(QM_DIR)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (lupdate finds nothing given a folder).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find dro_trainer/gui -name '*.py' | sort) -ts $(TS_FILES)

clean:
	rm -rf $(VENV) $(QM_DIR)/*.qm .pytest_cache
