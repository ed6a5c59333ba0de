import Glibc

/// One printed result, in the order and format `fritter_bench.py` prints its own.
enum Reading {
    case seconds(Double)
    case count(Int)
    case time(Double)

    var text: String {
        switch self {
        case .seconds(let value), .time(let value): fixed4(value)
        case .count(let value): String(value)
        }
    }
}

/// The readings of one run, keyed as the Python script keys them.
typealias Report = [(key: String, value: Reading)]

/// Formats like Python's `f"{v:.4f}"`.
func fixed4(_ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.4f", $0) }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Monotonic wall time in seconds, like `time.perf_counter()`.
func wallSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Process CPU time in seconds, like `time.process_time()`.
func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
