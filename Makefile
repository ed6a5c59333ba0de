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
# Release: one static executable (Swift runtime, glibc, libstdc++, SQLite, ncursesw and tinfo
# all linked in), stripped, identical code folded, linked by lld. `ouro status` is started by
# status bars every few seconds, so start-up is what it costs: a static executable skips the
# dynamic loader, which bound ~1,600 symbols of Debian's libsqlite3 (built -z now) at every
# start. Concrete generic metadata is reached through direct accessors rather than mangled
# names, so the runtime demangles nothing on the way to an answer. Figures: CHANGELOG.md,
# `make bench-status`.
RELEASE_FLAGS = -c release -Xswiftc -static-executable -Xlinker --strip-all \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld -Xlinker --icf=all \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
LINT_PATHS  = Package.swift Sources Tests Benchmarks

export LANG := C.UTF-8

APT_GET = DEBIAN_FRONTEND=noninteractive apt-get
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench bench-timertree lint format release install uninstall clean

all: build

## deps: install the build dependencies (the C libraries' headers) when they are missing.
deps:
	@if ! pkg-config --exists ncursesw sqlite3 2>/dev/null; then \
		echo "make: installing libncurses-dev libsqlite3-dev pkg-config"; \
		$(SUDO) $(APT_GET) update -qq && \
		$(SUDO) $(APT_GET) install -y -qq libncurses-dev libsqlite3-dev pkg-config >/dev/null; \
	fi

## test-deps: install what only the tests run when it is missing: tmux (the HUD under a
## terminal), man (the installed man page), script (a terminal for the binary) and setpriv
## (root's tests run the binary as nobody).
TEST_TOOLS = tmux:tmux man:man-db script:bsdutils setpriv:util-linux
.PHONY: test-deps
test-deps:
	@missing=; for pair in $(TEST_TOOLS); do \
		command -v $${pair%%:*} >/dev/null || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing"; \
		$(SUDO) $(APT_GET) update -qq && \
		$(SUDO) $(APT_GET) install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

## run: build and open the HUD with the default work hours.
run: build
	$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/ouro

## test: build everything and run every test (unit, end to end, HUD under tmux).
test: build test-deps
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
bench-status: deps
	RELEASE_FLAGS="$(RELEASE_FLAGS)" Benchmarks/status.sh

## bench-hud: the HUD's CPU, wake-ups and memory over MINUTES (default 10) beside termdown.
.PHONY: bench-hud
bench-hud: deps
	RELEASE_FLAGS="$(RELEASE_FLAGS)" Benchmarks/hud.sh

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(LINT_PATHS)

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

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
