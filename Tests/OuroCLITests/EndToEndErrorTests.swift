import Foundation
import OuroStore
import Testing

/// The binary's failures as a script sees them: one `ouro: ` line on stderr and the exit
/// status from the spec, before anything touches the store.
@Suite struct EndToEndErrorTests {
    @Test(arguments: ["tomorrow", "2024-05-08T11:00:00", "1100.", "2024-02-30T00:00:00Z"])
    func aBadOuroNowExits64NamingTheValue(value: String) throws {
        let result = try OuroProcess.run([], environment: ["OURO_NOW": value])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("ouro: OURO_NOW='\(value)' is not valid: "))
        #expect(result.stderr.hasSuffix("\n"))
        #expect(result.stderr.dropLast().contains("\n") == false)
    }

    @Test func aBadOuroNowTouchesNoStore() throws {
        let home = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
        let result = try OuroProcess.run([], environment: ["OURO_NOW": "soon", "OURO_HOME": home])
        #expect(result.status == 64)
        #expect(!FileManager.default.fileExists(atPath: home))
    }

    @Test func unknownOptionsExit64OnOneLine() throws {
        let result = try OuroProcess.run(["--no-such-flag"])
        #expect(result.status == 64)
        #expect(result.stderr == "ouro: unknown option '--no-such-flag' (see 'ouro --help')\n")
    }

    @Test func aCorruptStoreExits74NamingTheFileAndLeavesItAlone() throws {
        let home = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let path = home + "/ouro.sqlite3"
        let bytes = Data(String(repeating: "not a database ", count: 100).utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        let result = try OuroProcess.run([], environment: ["OURO_HOME": home])
        #expect(result.status == 74)
        #expect(
            result.stderr.hasPrefix(
                "ouro: cannot use the data store \(path): file is not a database"))
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    /// Only a missing file starts a store: an empty or one-byte file (a failed copy, a
    /// truncation) is refused untouched instead of being silently replaced.
    @Test(arguments: [0, 1])
    func anEmptyStoreFileExits74NamingTheFileAndLeavesItAlone(size: Int) throws {
        let home = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let path = home + "/ouro.sqlite3"
        let bytes = Data(repeating: 0x0A, count: size)
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        let result = try OuroProcess.run(["status"], environment: ["OURO_HOME": home])
        #expect(result.status == 74)
        #expect(result.stdout == "")
        let cause =
            size == 0
            ? "file is empty, not a database" : "file is too short to be a database (1 byte)"
        #expect(
            result.stderr
                == "ouro: cannot use the data store \(path): \(cause) (move the file aside to start "
                + "afresh, or restore a .backup-v* copy)\n")
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home) == ["ouro.sqlite3"])
    }

    @Test func aStoreFromANewerOuroExits74AndIsNotChanged() throws {
        let home = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/ouro.sqlite3"
        do {
            let database = try Database(path: path)
            try database.setUserVersion(99)
        }
        let before = FileManager.default.contents(atPath: path)
        let result = try OuroProcess.run([], environment: ["OURO_HOME": home])
        #expect(result.status == 74)
        #expect(
            result.stderr
                == "ouro: cannot use the data store \(path): the database has schema version 99 "
                + "but this ouro knows only up to \(Schema.latestVersion); upgrade ouro\n")
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try Database(path: path).userVersion() == 99)
    }

    /// A rollback-journal store from a newer ouro is refused before anything writes: the
    /// header is not switched to WAL and no -wal or -shm appears.
    @Test func aNewerRollbackJournalStoreExits74WithItsBytesAndFilesUntouched() throws {
        let home = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/ouro.sqlite3"
        let newer = Schema.latestVersion + 1
        do {
            let database = try Database(path: path)
            try database.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)")
            try database.execute("PRAGMA journal_mode = DELETE")
            try database.setUserVersion(newer)
        }
        // Out of WAL mode the -wal and -shm kept open for it are leftovers.
        unlink(path + "-wal")
        unlink(path + "-shm")
        let before = FileManager.default.contents(atPath: path)
        for arguments in [["status"], ["intentions"], ["intend", "x"]] {
            let result = try OuroProcess.run(arguments, environment: ["OURO_HOME": home])
            #expect(result.status == 74)
            #expect(
                result.stderr
                    == "ouro: cannot use the data store \(path): the database has schema version "
                    + "\(newer) but this ouro knows only up to \(Schema.latestVersion); upgrade ouro\n"
            )
            #expect(FileManager.default.contents(atPath: path) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: home) == ["ouro.sqlite3"])
        }
    }

    /// Root may write anywhere, so as root the binary runs as `nobody` through setpriv.
    @Test func aReadOnlyDataDirectoryExits74NamingThePath() throws {
        let parent = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
        let home = parent + "/home"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        chmod(parent, 0o755)
        chmod(home, 0o555)
        let launcher =
            geteuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try OuroProcess.run([], environment: ["OURO_HOME": home], launcher: launcher)
        #expect(result.status == 74)
        #expect(
            result.stderr
                == "ouro: cannot use the data store \(home)/ouro.sqlite3: cannot create the database "
                + "file: Permission denied (check the directory's permissions, or set OURO_HOME to "
                + "another directory)\n")
    }

    @Test func aValidOuroNowIsAccepted() throws {
        let result = try OuroProcess.run([], environment: ["OURO_NOW": "2024-05-08T11:00:00-07:00"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }
}
