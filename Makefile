# The project's verbs. `make serve` and `make test` set everything up on a fresh machine (Python 3.11+, make).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup fonts serve build charts check test test-fast bench bench-pages lock clean new-chart

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s); set PYTHON=python3.x" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	@touch $@

# axe-core for the accessibility tests, from npm, pinned by package-lock.json. Without npm those tests skip loudly.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch $@; \
	else echo "*** npm not found: accessibility tests will be skipped (install Node.js and npm) ***"; fi

# A CJK font for the rendered images (Chinese source lines and names), from Debian's fonts-noto-cjk; nothing is downloaded
# at build time. As root on Debian/Ubuntu it is installed here; elsewhere install it (macOS and Windows have their own).
fonts: ## Install the CJK font the chart images need (Debian/Ubuntu: fonts-noto-cjk)
	@if fc-list 2>/dev/null | grep -q "Noto Sans CJK SC"; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" -eq 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-cjk; \
	else echo "*** No CJK font found: install fonts-noto-cjk (or Noto Sans CJK SC); charts with Chinese text will not render ***"; fi

setup: $(STAMP) $(NODE_STAMP) fonts ## Create .venv and node_modules with the pinned dependencies and the CJK font

serve: $(STAMP) fonts ## Build the charts and serve the site at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP) fonts ## Build the site into site/ (strict: any warning fails)
	$(BIN)/mkdocs build --strict

charts: $(STAMP) fonts ## Generate the charts only, without MkDocs
	$(BIN)/python scripts/build_charts.py

check: $(STAMP) fonts ## Quick check before each commit (< 1 min): lint, format, schemas, bad input, sourcing, unit tests
	$(BIN)/ruff check scripts charts tests
	$(BIN)/ruff format --check scripts charts tests
	$(BIN)/python -m pytest -n 2 -m "not browser and not slow and not site"

test: $(STAMP) $(NODE_STAMP) fonts ## Run every test on both cores: pipeline, bad input, site build, browser, quality gates
	$(BIN)/ruff check scripts charts tests
	$(BIN)/ruff format --check scripts charts tests
	$(BIN)/python -m pytest -n 2

test-fast: $(STAMP) fonts ## Run the tests that need no browser
	$(BIN)/python -m pytest -m "not browser"

new-chart: $(STAMP) ## Start a chart: make new-chart ID=my_chart_id writes charts/<ID>/ with commented files that build
	@test -n "$(ID)" || { echo "usage: make new-chart ID=snake_case_id"; exit 2; }
	$(BIN)/python scripts/new_chart.py $(ID)

bench: $(STAMP) ## Measure build times, page weights and Lighthouse mobile on every page; prints a Markdown table
	$(BIN)/python scripts/bench.py

bench-pages: $(STAMP) ## Only Lighthouse mobile on every page (BENCH_PAGES='sources/,price-war/' picks pages; BENCH_SCOPE=nav skips chart pages)
	BENCH_ONLY=pages $(BIN)/python scripts/bench.py

lock: ## Re-pin requirements.in into requirements.lock (with hashes)
	$(PYTHON) -m venv .lockenv && .lockenv/bin/pip install --quiet uv
	.lockenv/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 --no-header -o requirements.lock
	rm -rf .lockenv

clean: ## Remove the built site, caches and the virtual environment
	rm -rf site .cache $(VENV) .pytest_cache node_modules
