import Glibc

/// Gives back the memory start-up touched and the idle HUD never uses again.
///
/// Most of the HUD's resident set after start-up is clean file pages: the static binary's
/// code and constants that argument parsing, opening the store, the first load and curses
/// set-up ran through (the kernel maps 64 KiB around every page fault). Dropping those
/// page-table entries costs nothing but a later soft fault: the pages stay in the page
/// cache, and what the loop touches comes back on demand. Only read-only file mappings
/// with no private copies (no `Anonymous` pages in `/proc/self/smaps`) are dropped, so no
/// written byte is ever lost. (The heap, about 1 MB, is left as it is.)
enum StartupPages {
    /// Drops the clean, read-only file pages from the resident set. Best effort: without
    /// `/proc` it does nothing.
    static func release() {
        for mapping in cleanReadOnlyMappings() {
            _ = madvise(
                UnsafeMutableRawPointer(bitPattern: mapping.start), mapping.count, MADV_DONTNEED)
        }
    }

    /// The read-only file mappings of this process that hold no private (written) pages.
    private static func cleanReadOnlyMappings() -> [(start: UInt, count: Int)] {
        guard let file = fopen("/proc/self/smaps", "r") else { return [] }
        defer { fclose(file) }
        var result: [(start: UInt, count: Int)] = []
        var current: (start: UInt, count: Int)?
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            let fields = text.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = fields.first else { continue }
            if first.hasSuffix(":") {
                // A field of the current mapping: keep it only without private copies.
                if first == "Anonymous:", let mapping = current {
                    if fields.count > 1, fields[1] == "0" { result.append(mapping) }
                    current = nil
                }
                continue
            }
            // A mapping's header: "start-end perms offset device inode [path]".
            current = nil
            let bounds = first.split(separator: "-")
            guard fields.count >= 6, bounds.count == 2, fields[4] != "0",
                fields[1].hasPrefix("r-"), !fields[1].contains("w"),
                let start = UInt(bounds[0], radix: 16), let end = UInt(bounds[1], radix: 16),
                end > start
            else { continue }
            current = (start, Int(end - start))
        }
        return result
    }
}
