import Foundation
import Synchronization

/// Runs `body` on `count` new threads at once and waits for all of them.
///
/// - Returns: the errors the threads threw, as text (empty when all succeeded).
func runOnThreads(_ count: Int, _ body: @escaping @Sendable () throws -> Void) -> [String] {
    let failures = Mutex<[String]>([])
    let group = DispatchGroup()
    for _ in 0..<count {
        group.enter()
        Thread.detachNewThread {
            defer { group.leave() }
            do {
                try body()
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
    }
    group.wait()
    return failures.withLock { $0 }
}
