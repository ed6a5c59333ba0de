# ouro — the two commands a new user needs are `make run` and `make test`.
#
# Every target installs what it needs from Debian when it is missing, so a fresh machine
# (and CI's fresh clone) needs nothing by hand.

SWIFT       ?= swift
PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
SWIFT_FLAGS ?=
# Release: static Swift runtime, no build-directory rpath, stripped; linked by lld with packed
# relative relocations (DT_RELR: 1 MB smaller, fewer pages touched at start-up) and with the
# static libstdc++ (STATIC_CXX holds only libstdc++.a, so the runtime's -lstdc++ finds it
# first): binding libstdc++'s symbols at every start cost a third of `ouro status`'s
# instructions, the static copy adds 70 KB.
STATIC_CXX  = $(CURDIR)/.build/static-cxx
RELEASE_FLAGS = -c release --static-swift-stdlib --disable-local-rpath -Xlinker --strip-all \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld -Xlinker -z -Xlinker pack-relative-relocs \
	-Xlinker -L$(STATIC_CXX)
LINT_PATHS  = Package.swift Sources Tests Benchmarks

export LANG := C.UTF-8

APT_GET = DEBIAN_FRONTEND=noninteractive apt-get
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench bench-timertree lint format release install uninstall clean

all: build

## deps: install the C libraries (and tmux, for the HUD tests) when they are missing.
deps:
	@if ! pkg-config --exists ncursesw sqlite3 2>/dev/null || ! command -v tmux >/dev/null; then \
		echo "make: installing libncurses-dev libsqlite3-dev tmux pkg-config"; \
		$(SUDO) $(APT_GET) update -qq && \
		$(SUDO) $(APT_GET) install -y -qq libncurses-dev libsqlite3-dev tmux pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

## run: build and open the HUD with the default work hours.
run: build
	$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/ouro

## test: build everything and run every test (unit, end to end, HUD under tmux).
test: build
	OURO_BIN=$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/ouro \
		$(SWIFT) test $(SWIFT_FLAGS) --disable-xctest

## bench: every benchmark, side by side with its anchor.
bench: bench-timertree bench-core bench-status bench-hud

bench-timertree: deps
	Benchmarks/timertree.sh

## bench-core: load + advance and start-prompt timings of OuroCore over 1–10 years of history.
.PHONY: bench-core
bench-core: deps
	$(SWIFT) run $(SWIFT_FLAGS) -c release OuroCoreBench

## bench-status: `ouro status` latency (empty store, 10 years of history) beside timew and /bin/true.
.PHONY: bench-status
bench-status: deps static-cxx
	RELEASE_FLAGS="$(RELEASE_FLAGS)" Benchmarks/status.sh

## bench-hud: the HUD's CPU, wake-ups and memory over MINUTES (default 10) beside termdown.
.PHONY: bench-hud
bench-hud: deps static-cxx
	RELEASE_FLAGS="$(RELEASE_FLAGS)" Benchmarks/hud.sh

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(LINT_PATHS)

release: deps static-cxx
	$(SWIFT) build $(RELEASE_FLAGS)

.PHONY: static-cxx
static-cxx:
	@mkdir -p $(STATIC_CXX)
	@archive=$$(cc -print-file-name=libstdc++.a); \
	if [ -f "$$archive" ]; then ln -sf "$$archive" $(STATIC_CXX)/libstdc++.a; \
	else rm -f $(STATIC_CXX)/libstdc++.a; fi

install: release
	install -d $(DESTDIR)$(BINDIR)
	install -m 0755 $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/ouro $(DESTDIR)$(BINDIR)/ouro

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ouro

clean:
	rm -rf .build
