# ouro — the two commands a new user needs are `make run` and `make test`.
#
# Every target installs what it needs from Debian when it is missing, so a fresh machine
# (and CI's fresh clone) needs nothing by hand.

SWIFT       ?= swift
PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
MAN_DATE    ?= $(shell date +%Y-%m-%d)
SWIFT_FLAGS ?=
# Release: static Swift runtime, no build-directory rpath, stripped, identical code folded,
# and linked by lld as a position-dependent executable. STATIC_LIBS holds only the archives of
# libstdc++, SQLite, ncursesw and tinfo, so their -l flags find the static copies: binding
# those shared libraries' symbols at every start (Debian links them -z now) was 43 % of
# `ouro status`'s 4.55 M instructions. Without PIE the 2.2 MB of Swift metadata needs no
# relocating at start (403 → 284 page faults). Together: 4.55 M → 2.24 M instructions, for
# 1.3 MB more binary; the executable image loses ASLR (shared libraries keep it).
STATIC_LIBS = $(CURDIR)/.build/static-libs
RELEASE_FLAGS = -c release --static-swift-stdlib --disable-local-rpath -Xlinker --strip-all \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld -Xswiftc -Xclang-linker -Xswiftc -no-pie \
	-Xlinker --icf=all -Xlinker -L$(STATIC_LIBS)
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
bench-status: deps static-libs
	RELEASE_FLAGS="$(RELEASE_FLAGS)" Benchmarks/status.sh

## bench-hud: the HUD's CPU, wake-ups and memory over MINUTES (default 10) beside termdown.
.PHONY: bench-hud
bench-hud: deps static-libs
	RELEASE_FLAGS="$(RELEASE_FLAGS)" Benchmarks/hud.sh

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(LINT_PATHS)

release: deps static-libs
	$(SWIFT) build $(RELEASE_FLAGS)

.PHONY: static-libs
## static-libs: link the static archives a release build prefers; a missing one falls back to
## the shared library.
static-libs:
	@mkdir -p $(STATIC_LIBS)
	@for lib in libstdc++.a libsqlite3.a libncursesw.a libtinfo.a; do \
		archive=$$(cc -print-file-name=$$lib); \
		if [ -f "$$archive" ]; then ln -sf "$$archive" $(STATIC_LIBS)/$$lib; \
		else rm -f $(STATIC_LIBS)/$$lib; fi; \
	done

## install: the release binary, the man pages and the bash/zsh/fish completions under PREFIX.
## INSTALL_BIN=path installs that binary instead of building the release one (the tests do).
install: $(if $(INSTALL_BIN),,release)
	install -d $(DESTDIR)$(BINDIR)
	install -m 0755 $(or $(INSTALL_BIN),$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/ouro) \
		$(DESTDIR)$(BINDIR)/ouro
	install -d $(DESTDIR)$(MANDIR)/man1
	install -m 0644 Resources/man/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -d $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 0644 Resources/completions/ouro.bash $(DESTDIR)$(BASHCOMPDIR)/ouro
	install -m 0644 Resources/completions/_ouro $(DESTDIR)$(ZSHCOMPDIR)/_ouro
	install -m 0644 Resources/completions/ouro.fish $(DESTDIR)$(FISHCOMPDIR)/ouro.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ouro
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(wildcard Resources/man/*.1)))
	rm -f $(DESTDIR)$(BASHCOMPDIR)/ouro $(DESTDIR)$(ZSHCOMPDIR)/_ouro \
		$(DESTDIR)$(FISHCOMPDIR)/ouro.fish

## man: regenerate Resources/man/ with swift-argument-parser's generate-manual plugin.
.PHONY: man completions
man: deps
	$(SWIFT) package plugin generate-manual --multi-page --date $(MAN_DATE) \
		--authors "the ouro authors"
	rm -f Resources/man/*.1
	mkdir -p Resources/man
	cp .build/plugins/GenerateManual/outputs/ouro/*.1 Resources/man/

## completions: regenerate Resources/completions/ from the debug binary.
completions: build
	mkdir -p Resources/completions
	bin=$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/ouro; \
	$$bin --generate-completion-script bash >Resources/completions/ouro.bash && \
	$$bin --generate-completion-script zsh >Resources/completions/_ouro && \
	$$bin --generate-completion-script fish >Resources/completions/ouro.fish

clean:
	rm -rf .build
