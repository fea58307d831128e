# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
LOCALES := $(patsubst messages/locale/%/LC_MESSAGES/koers.po,%,$(wildcard messages/locale/*/LC_MESSAGES/koers.po))
MO_FILES := $(foreach l,$(LOCALES),messages/locale/$(l)/LC_MESSAGES/koers.mo)

.PHONY: run test lint format catalogs extract update-catalogs bench clean

run: $(VENV)/.synced catalogs
	$(BIN)/koers run

test: lint catalogs
	$(BIN)/pytest -q

lint: $(VENV)/.synced
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.synced
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install -q --disable-pip-version-check uv==0.13.9

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

catalogs: $(MO_FILES)

messages/locale/%/LC_MESSAGES/koers.mo: messages/locale/%/LC_MESSAGES/koers.po $(VENV)/.synced
	$(BIN)/pybabel compile -D koers -d messages/locale -l $* --statistics

extract: $(VENV)/.synced
	$(BIN)/pybabel extract -F babel.cfg -k N_ -o messages/koers.pot -w 100 --no-location --omit-header --sort-output --ignore-dirs=".venv .tools tests bench var" .

update-catalogs: extract
	$(BIN)/pybabel update -D koers -d messages/locale -i messages/koers.pot -w 100 --no-fuzzy-matching --ignore-obsolete

bench: $(VENV)/.synced catalogs
	$(BIN)/python -m bench.echo_ratio

clean:
	rm -rf $(VENV) $(TOOLS) $(MO_FILES)
