import Foundation
import Testing

@testable import OuroHUD

/// Golden frames: text, roles and shades of a frame, compared exactly with a file under
/// `Goldens/`. Run with `OURO_RECORD_GOLDENS=1` to write the files after a deliberate
/// change, then read the diff.
enum Golden {
    static func dump(_ frame: Frame) -> String {
        (frame.lines + ["--- roles"] + frame.roleLines + ["--- shades"] + frame.shadeLines)
            .joined(separator: "\n") + "\n"
    }

    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(name + ".txt")
    }

    static func check(
        _ frame: Frame, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let actual = dump(frame)
        let file = url(name)
        if ProcessInfo.processInfo.environment["OURO_RECORD_GOLDENS"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "golden \(name) differs", sourceLocation: sourceLocation)
    }
}
