# Benchmarks/release.sh — sourced by the benchmarks that measure the release binary.
#
# install_release TARGET DIRECTORY PRODUCT…: builds each PRODUCT with the Makefile's
# RELEASE_FLAGS (TARGET names the make target that passes them) and copies it into
# DIRECTORY/bin with install(1), as `make install` leaves it. Sets BUILT (the build
# directory) and BIN (the copies).
#
# Why copies: the linker writes its output through mmap, so its page cache holds small pages
# that the kernel cannot map around a fault. The same bytes start ~30 % slower from there
# (`ouro status`: 228 page faults against 196) than from a copy or from disk, which is what
# users run.
install_release() {
    target=$1 directory=$2
    shift 2
    if [ -z "${RELEASE_FLAGS:-}" ]; then
        echo "run through make $target (it passes the Makefile's RELEASE_FLAGS)" >&2
        exit 64
    fi
    for product in "$@"; do
        swift build $RELEASE_FLAGS --product "$product" >/dev/null
    done
    BUILT=$(swift build $RELEASE_FLAGS --show-bin-path)
    BIN=$directory/bin
    mkdir -p "$BIN"
    for product in "$@"; do
        install -m 0755 "$BUILT/$product" "$BIN/"
    done
}
