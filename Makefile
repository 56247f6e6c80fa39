# Two commands do all the set-up: `make serve` and `make test`. The targets that need it
# bootstrap .venv from requirements.lock and re-install only when the lock changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-lock
NODE_STAMP := node_modules/.installed-lock
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench lint browser lock clean

$(STAMP): requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --requirement requirements.lock
	@cp requirements.lock $(STAMP)

# Test-only tools from npm (Nu Html Checker, Lighthouse); the site itself ships no npm code.
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@cp package-lock.json $(NODE_STAMP)

# macros/config_dates.py first: an unquoted date that does not exist in mkdocs.yml would stop
# MkDocs with a traceback before our code could name it.
serve: $(STAMP)
	$(BIN)/python -m macros.config_dates mkdocs.yml
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/python -m macros.config_dates mkdocs.yml
	$(BIN)/mkdocs build --strict --site-dir site

browser: $(STAMP)
	@$(BIN)/python tests/browser/find_browser.py --ensure

# Two test workers per core, at most 8 (each runs a Chromium of its own; a browser test mostly
# waits for it, so one per core left the cores idle a third of the time): 8.6 against 10.4 min
# here when first measured. The suite has grown since: 6.5-8 min with 4 workers on these 2 cores
# when the machine is otherwise idle, 11-12 min when it is busy, and 3 workers were not clearly
# faster. `make test WORKERS=1` for one.
WORKERS ?= $(shell n=$$(nproc); echo $$((2 * n > 8 ? 8 : 2 * n)))

test: $(STAMP) $(NODE_STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n $(WORKERS)

# Benchmarks print Markdown tables and write bench/RESULTS.md; they never fail on a number.
# Slow (1,000-lesson builds): BENCH_ARGS="--sizes 10 100" for a quick look.
bench: $(STAMP) $(NODE_STAMP) browser
	@mkdir -p bench/results
	$(BIN)/python bench/build_time.py $(BENCH_ARGS) --out bench/results/build_time.md
	$(BIN)/python bench/page_weight.py --out bench/results/page_weight.md
	$(BIN)/python bench/lighthouse.py --out bench/results/lighthouse.md
	$(BIN)/python bench/results.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Re-resolve the exact pins from the ranges in pyproject.toml (needs the package index).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet $$($(PYTHON) tools/deps.py)
	.lock-venv/bin/python -m pip freeze --exclude-editable | sort -f > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf site .pytest_cache .ruff_cache
