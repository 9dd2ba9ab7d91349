# make site   install everything, build the demo dossier, render it into site/
# make serve  the same, then a live preview on http://localhost:8000
# make test   install what the tests need (Python packages, Debian's chromium), run every test
#             (pytest, two workers on two cores)
# make test-fast  the fast subset: pytest -m "not browser and not slow" (about 51 s of CPU
#             time, under a minute on two idle cores; a tenth of each property test's examples)
# make test-coverage  the fast subset under coverage: what of builder/ it runs, per module
# make bench  benchmarks that print figures: alias-count scaling, hostile text shapes
#             (a 1 MB paragraph, 100,000 paragraphs), synthetic dossiers of
#             N = 100 and 1,000 sources (make bench N=100,1000,10000 for the largest), and the
#             yardstick: end to end before and after raw HTML blocks against plain pages,
#             and the offline bundle's search in Chromium
# make bench-serve  `make serve` at SERVE_N sources (1000; 10000 for the largest): its
#             first build, and the seconds from an edited source to the served page showing it
# make offline  the site for file:// use, packed as dist/<site-name>-offline.zip
# make publish PAGES_TARGET=.|pr-N   push site/ into the Pages branch (CI; needs PAGES_REMOTE)
# make unpublish PAGES_TARGET=pr-N   remove a pull request's preview (CI)
# make pdf    the whole dossier as one PDF, dist/<site-name>.pdf (printed by Debian's chromium)
# make lint   ruff and mypy
# make new DIR=path   start a new dossier there (example seeds, dossier.yml, site configuration)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= seeds
DOCS ?= docs
RENDERER ?= mkdocs
DIST ?= dist
OFFLINE_DIR ?= build/offline
# Options for every target that builds (build, site, offline, pdf, serve), e.g.
# BUILD_FLAGS="--discover --drafts" for a dossier made with them.
BUILD_FLAGS ?=
export NO_MKDOCS_2_WARNING := 1
SITE ?= site
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ZENSICAL := .venv-zensical
# mkdocs.yml reads these; Zensical wants them relative to the project (inside it).
export DOCS_DIR := $(DOCS)
export SITE_DIR := $(SITE)
# The site settings the builder makes from seeds/dossier.yml (mkdocs.yml inherits them).
export DOSSIER_SITE := $(abspath $(DOCS))/.dossier-site.yml
# MkDocs dates the sitemap's <lastmod> with the build day unless this is set: the same
# inputs rendered tomorrow would give another site. The dossier's last commit when it is
# kept in git (the day its inputs last changed), else 1 January 1970. Given to the
# renderers only: pip cannot build a wheel dated before 1980.
SOURCE_DATE_EPOCH ?= $(or $(shell git -C $(SEEDS) log -1 --format=%ct -- . 2>/dev/null),0)
DATED := SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH)

PDF_DIR ?= build/pdf
.PHONY: site serve build render offline pdf publish unpublish test test-fast test-coverage browser-deps bench bench-serve lint clean new

# setuptools notes every editable install with a warning meant for packagers: not shown.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet -e '.[test]'
	touch $@

new: $(VENV)/.installed
	@test -n "$(DIR)" || { echo "usage: make new DIR=path/to/new-dossier" >&2; exit 2; }
	$(BIN)/python -m builder new $(DIR)

build: $(VENV)/.installed
	$(BIN)/python -m builder build --seeds $(SEEDS) --docs $(DOCS) $(BUILD_FLAGS)

# Zensical in its own venv: 0.0.73 is the newest release whose dependencies are on PyPI
# (0.1.x needs zensical-ui, which is not published there).
$(ZENSICAL)/.installed:
	$(PYTHON) -m venv $(ZENSICAL)
	$(ZENSICAL)/bin/pip install --quiet zensical==0.0.73
	touch $@

# Each site folder is rendered into a fresh folder beside it and swapped in only when the
# render succeeded: a failed or killed render leaves the previous one as it was
# (scripts/swap_in.py; Zensical takes its folder from SITE_DIR, which mkdocs.yml reads).
SWAP_IN = $(BIN)/python scripts/swap_in.py

render: build
ifeq ($(RENDERER),zensical)
	$(MAKE) --no-print-directory $(ZENSICAL)/.installed
	$(DATED) $(SWAP_IN) --env SITE_DIR $(SITE) -- $(ZENSICAL)/bin/zensical build --clean --strict
else
	$(DATED) $(SWAP_IN) $(SITE) -- $(BIN)/mkdocs build --strict -d {}
endif

site: render

PAGES_TARGET ?= .
publish:
	scripts/publish_pages.sh $(SITE) $(PAGES_TARGET)

unpublish:
	scripts/publish_pages.sh - $(PAGES_TARGET)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# The offline plugin turns directory URLs off: the builder's links must be plain .html too.
offline: export USE_DIRECTORY_URLS := false
offline: build node_modules/.installed
	$(DATED) $(SWAP_IN) $(OFFLINE_DIR) -- $(BIN)/mkdocs build --strict -f mkdocs.offline.yml -d {}
	$(BIN)/python scripts/pack_offline.py $(OFFLINE_DIR) node_modules/iframe-worker/shim/index.js $(DIST)

# The site built with plain .html links into PDF_DIR, then printed page by page, in
# navigation order, into one PDF with contents and working internal links.
pdf: export USE_DIRECTORY_URLS := false
pdf: build browser-deps
	$(SWAP_IN) $(PDF_DIR) -- $(BIN)/mkdocs build --strict -d {}
	$(BIN)/python scripts/dossier_pdf.py $(PDF_DIR) $(DIST)

# The builder watches seeds/ and rewrites only the pages whose content changed; MkDocs
# (--dirty) re-renders only those. The watcher makes the first build itself; the preview
# starts once it is done (scripts/serve_after.py), and stops the watcher when it ends.
serve: $(VENV)/.installed
	$(BIN)/python scripts/serve_after.py $(BIN)/python -m builder watch --seeds $(SEEDS) --docs $(DOCS) $(BUILD_FLAGS) \
	  --then $(BIN)/mkdocs serve --dirty --no-strict

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# Compiled modules and pytest's rewritten test modules are cached in __pycache__/ (ignored by
# git) even where the environment sets PYTHONDONTWRITEBYTECODE: without the cache every run,
# and every builder started by a test, compiles all of them again (the fast subset's CPU time
# 69 s -> 51 s from the second run on).
test test-fast test-coverage: export PYTHONDONTWRITEBYTECODE :=
test: $(VENV)/.installed node_modules/.installed browser-deps
	$(BIN)/python -m pytest -q

FAST := not browser and not slow
test-fast: $(VENV)/.installed node_modules/.installed
	$(BIN)/python -m pytest -q -m "$(FAST)"

# Builds in new processes are measured too (pyproject.toml: [tool.coverage.run] patch); every
# process writes its data under build/coverage/ (an absolute path: some run in other folders).
test-coverage: export COVERAGE_FILE := $(abspath build/coverage/.coverage)
test-coverage: $(VENV)/.installed node_modules/.installed
	rm -rf build/coverage
	mkdir -p build/coverage
	$(BIN)/python -m coverage run -m pytest -q -m "$(FAST)"
	$(BIN)/python -m coverage combine -q
	$(BIN)/python -m coverage report --sort=cover

N ?= 100,1000
bench: $(VENV)/.installed node_modules/.installed browser-deps
	$(BIN)/python bench/alias_scaling.py
	$(BIN)/python bench/hostile.py
	$(BIN)/python bench/long_sentences.py
	$(BIN)/python bench/scale.py --sizes $(N)
	$(BIN)/python bench/yardstick.py --sizes $(N)

SERVE_N ?= 1000
bench-serve: $(VENV)/.installed
	$(BIN)/python bench/serve_latency.py --sources $(SERVE_N)


lint: $(VENV)/.installed
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet -e '.[lint]'
	$(BIN)/ruff check builder tests bench
	$(BIN)/mypy builder

clean:
	rm -rf site build dist tests/artifacts node_modules $(ZENSICAL)
