# vanban: two commands do all the set-up on a fresh machine.
#   make site   build the portal from the bundled sample documents into build/
#   make test   run the whole test suite, browser tests included
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test content chromium clean

site: $(VENV)/.installed
	$(BIN)/vanban ingest samples/
	$(BIN)/vanban build

# Re-ingest the samples into content/ (what `make site` does first).
content: $(VENV)/.installed
	$(BIN)/vanban ingest --force samples/

test: $(VENV)/.installed-test chromium
	$(BIN)/ruff check plugins tests scripts
	$(BIN)/python -m pytest -n 2 -p no:cacheprovider

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@

# Browser tests drive Debian's chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || sh scripts/install-chromium.sh

clean:
	rm -rf build build.tmp-* build.old $(VENV) .pytest_cache
