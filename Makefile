# Dossier: the README's two commands are `make site` and `make test`.
SWIFT ?= swift
DOSSIER_RELEASE = .build/release/dossier

.PHONY: site test deps release-deps test-deps release check asan theme bench clean fuzz-build

# libcmark-dev (and pkg-config, which SwiftPM uses to find it) when missing.
deps:
	@dpkg -s libcmark-dev >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 || \
	  { echo "installing libcmark-dev and pkg-config"; apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

# libjemalloc-dev when missing: a release build allocates through jemalloc (Package.swift).
release-deps: deps
	@dpkg -s libjemalloc-dev >/dev/null 2>&1 || \
	  { echo "installing libjemalloc-dev"; apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libjemalloc-dev >/dev/null; }

# What the tests need besides: tidy for the HTML test, chromium for the test that runs
# the search page in a real browser, and libjemalloc-dev, since the tests build the
# `dossier` command in release.
test-deps: release-deps
	@command -v tidy >/dev/null 2>&1 || \
	  { echo "installing tidy"; apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tidy >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing chromium (for the search page's browser test)"; apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The Swift runtime and Foundation linked in: the binary runs where only libcmark is
# installed, starts in 6 ms instead of 13, and calls the runtime without going through
# the dynamic linker's tables (1.3 % fewer instructions in a full build).
release: release-deps
	$(SWIFT) build -c release --static-swift-stdlib --product dossier

# Builds the example site in Content/ into site/.
site: release
	$(DOSSIER_RELEASE) build . --output site

check: release
	$(DOSSIER_RELEASE) check .

# Every test, once: optimized, as `make release` compiles the code it ships, and under
# the address sanitizer (in its own scratch folder). A debug pass and then a debug
# sanitizer pass took 9.5 to 10 minutes from a clean clone on a 2-core machine; this one
# pass took 6.5 (5 of them compiling), runs the big-input tests under the sanitizer
# too, and checks the optimized code, where undefined behaviour in unsafe code shows.
# `swift test` alone still runs the suite in a debug build, for a quick loop.
# Leak detection is off: on Linux it reports Foundation's own allocations (Process,
# reading files), not ours; cmark's memory is owned and freed in one place (CommonMark).
test: test-deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test -c release --sanitize=address --scratch-path .build-asan

# Regenerates the built-in theme embedded in the binary from Templates/.
theme:
	python3 scripts/embed_theme.py

bench: release
	python3 ../shared/bench/compare.py --dossier $(DOSSIER_RELEASE) --briefs 1000 10000

# The libFuzzer targets (docs/fuzzing.md), in their own scratch folder.
fuzz-build: release-deps
	$(SWIFT) build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path .build-fuzz --product FrontMatterFuzzer
	$(SWIFT) build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path .build-fuzz --product BodyFuzzer

clean:
	rm -rf .build .build-asan .build-fuzz
