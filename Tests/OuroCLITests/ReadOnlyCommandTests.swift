import Foundation
import OuroStore
import Testing

/// cli.md: the read-only commands never need write access and never sync to disk unless
/// time moving on created a record; a migration's backup is made only when it runs, and a
/// failed one leaves no file.
@Suite struct ReadOnlyCommandTests {
    /// Every read-only command, with the output options that read the most.
    static let readers: [[String]] = [
        ["status"], ["status", "--json"], ["score"], ["sessions"], ["log"], ["log", "--csv"],
        ["intentions"], ["intentions", "--all", "--json"], ["hours"], ["hours", "list"],
        ["settings"],
    ]

    /// A store with work hours, a completed and an open intention, a pomodoro and a break
    /// under way at 1 500.
    static func home() throws -> OuroHome {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        try home.run(["hours", "add", "sat", "10:00-12:00"], at: 1_000)
        try home.run(["start", "Write"], at: 1_100)
        try home.run(["intend", "Read"], at: 1_200)
        try home.run(["evaluate", "achieved"], at: 1_400)
        return home
    }

    /// The name and bytes of every file in `directory`.
    static func files(in directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            files[name] = FileManager.default.contents(atPath: directory + "/" + name) ?? Data()
        }
        return files
    }

    /// As on a read-only mount: the store's owner may read but not write the directory or
    /// any file in it. Root ignores modes, so as root the store is handed to `nobody` and
    /// the binary runs as `nobody` through setpriv.
    @Test(arguments: readers)
    func aReadOnlyCommandWorksOnAStoreItCannotWrite(arguments: [String]) throws {
        let home = try Self.home()
        let writable = try home.run(arguments, at: 1_500)
        #expect(writable.status == 0)
        let root = geteuid() == 0
        let names = try FileManager.default.contentsOfDirectory(atPath: home.path)
        for name in names {
            let path = home.path + "/" + name
            if root { chown(path, 65534, 65534) }
            chmod(path, 0o400)
        }
        if root { chown(home.path, 65534, 65534) }
        chmod(home.path, 0o500)
        defer { chmod(home.path, 0o700) }
        let before = try Self.files(in: home.path)
        let launcher =
            root ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try OuroProcess.run(
            arguments, environment: ["OURO_HOME": home.path, "OURO_NOW": "1500"],
            launcher: launcher)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == writable.stdout)
        #expect(try Self.files(in: home.path) == before)
    }

    /// Where it may write, a read-only command still commits nothing: no other connection
    /// sees a change and the database and its -wal keep their bytes.
    @Test(arguments: readers)
    func aReadOnlyCommandCommitsNothing(arguments: [String]) throws {
        let home = try Self.home()
        let watcher = try Database(path: home.databasePath)
        let version = try watcher.dataVersion()
        let wal = home.databasePath + "-wal"
        let before = (home.databaseBytes, FileManager.default.contents(atPath: wal))
        let result = try home.run(arguments, at: 1_500)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(try watcher.dataVersion() == version)
        #expect(home.databaseBytes == before.0)
        #expect(FileManager.default.contents(atPath: wal) == before.1)
    }

    /// A migration whose backup cannot be written (here a file-size limit of 40 kB, above
    /// the 32 kB -shm and below the 70 kB store, stands in for a full disk) fails with exit
    /// 74 and leaves no empty or partial backup behind, however often it is retried.
    @Test func aFailedBackupLeavesNoFile() throws {
        let home = OuroHome()
        do {
            let older = Array(Schema.migrations.dropLast())
            let store = try Store(directory: home.path, migrations: older)
            #expect(try store.database.userVersion() == Schema.latestVersion - 1)
        }
        // Closing checkpointed the WAL: the pages are in the database file.
        #expect(FileManager.default.contents(atPath: home.databasePath)!.count > 65_536)
        let before = try FileManager.default.contentsOfDirectory(atPath: home.path).sorted()
        // Ignored signals stay ignored across exec, so writes past the limit fail with
        // EFBIG instead of killing the process with SIGXFSZ.
        let launcher = [
            "/bin/sh", "-c", "trap '' XFSZ; exec /usr/bin/prlimit --fsize=40960 \"$0\" \"$@\"",
        ]
        for _ in 0..<2 {
            let result = try OuroProcess.run(
                ["intentions"], environment: ["OURO_HOME": home.path, "OURO_NOW": "1500"],
                launcher: launcher)
            #expect(result.status == 74)
            #expect(
                result.stderr.hasPrefix(
                    "ouro: cannot use the data store \(home.databasePath).backup-v"
                        + "\(Schema.latestVersion - 1): cannot write the backup made before "
                        + "migrating, so the store was not migrated: "))
            #expect(result.stderr.hasSuffix("\n"))
            #expect(result.stderr.dropLast().contains("\n") == false)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: home.path).sorted() == before)
        }
    }
}
