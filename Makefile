# Costar: `make run` analyses seeds/ into output/, `make test` runs the test suite.
# Both install what is missing first (Debian packages through apt-get), so a fresh machine with Swift needs nothing else.

SWIFT      ?= swift
APT_PKGS   := libgraphviz-dev zlib1g-dev pkg-config fonts-liberation2
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE    := .build/release/costar

.PHONY: run test deps build bench clean

## deps: install the Graphviz C library, zlib (PNG writing), pkg-config and the diagram font when any is missing
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
		command -v libgvc6-config-update >/dev/null && $(SUDO) libgvc6-config-update -c || true; \
	fi

## build: release build of the costar executable
build: deps
	$(SWIFT) build -c release --product costar

## run: analyse seeds/ into output/
run: build
	$(RELEASE) analyze seeds --out output

## test: the whole test suite
test: deps
	$(SWIFT) test

## bench: extraction and analysis timings on generated corpora of 10,000, 100,000 and 1,000,000 captions (cached in .bench/;
## see BENCHMARKS.md). BENCH_VENV=/tmp/costar-bench-venv (made by bash ../shared/bench/setup.sh) adds spaCy and
## networkx/igraph/NetworKit beside Costar; BENCH_ARGS passes more options, e.g. BENCH_ARGS="--sizes 10000,100000"
BENCH_VENV ?=
BENCH_ARGS ?=
bench: build
	python3 scripts/bench.py --costar $(RELEASE) $(if $(BENCH_VENV),--spacy $(BENCH_VENV)/bin/python --graph-bench $(BENCH_VENV)/bin/python) $(BENCH_ARGS)

clean:
	rm -rf .build output/2* output/all output/compare-*.md

## screenshot: analyse seeds/, then render output/index.html headless with Chromium into output/index.png
## (installs Debian's chromium when missing); prints the page's console messages and fails on a script error
CHROMIUM ?= chromium
.PHONY: screenshot
screenshot: run
	@command -v $(CHROMIUM) >/dev/null 2>&1 || { echo "installing: chromium"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@log=$$(mktemp); \
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 \
		--virtual-time-budget=2000 --screenshot=output/index.png --window-size=1400,2400 \
		file://$(CURDIR)/output/index.html 2>$$log >/dev/null || { cat $$log; rm -f $$log; exit 1; }; \
	grep 'CONSOLE' $$log; \
	if grep -q 'Uncaught' $$log; then rm -f $$log; echo "script error in output/index.html"; exit 1; fi; \
	rm -f $$log; echo "wrote output/index.png"
