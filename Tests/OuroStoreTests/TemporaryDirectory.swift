import Foundation

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "ouro-store-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    deinit {
        chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `name` inside this directory.
    func appending(_ name: String) -> String { path + "/" + name }
}

/// The permission bits of the file at `path`.
func permissions(_ path: String) -> mode_t {
    var info = stat()
    precondition(stat(path, &info) == 0, "no file at \(path)")
    return info.st_mode & 0o777
}

/// The bytes of the file at `path`.
func contents(_ path: String) -> Data {
    FileManager.default.contents(atPath: path) ?? Data()
}
