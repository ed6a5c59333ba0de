/// What ``Database/migrate(_:)`` did.
public struct MigrationOutcome: Equatable, Sendable {
    /// The versions applied by this call, in order (empty when already up to date).
    public var applied: [Int]
    /// Where the pre-migration copy was written, or nil when none was needed.
    public var backupPath: String?
}

extension Database {
    /// Brings the schema up to the last of `migrations`, each in its own write transaction.
    ///
    /// Before the first change to a database that already holds something, a copy is saved
    /// at `<path>.backup-v<oldVersion>` (or `….backup-v<oldVersion>.2`, … if that name is
    /// taken), so a bad migration can be undone by hand. Other processes may migrate at the
    /// same time: the version is re-read under the write lock, so each migration runs once.
    ///
    /// - Parameter migrations: numbered 1, 2, … in order.
    /// - Throws: `DatabaseError` with `.newerSchema` and no changes when the file's version
    ///   is newer than the last migration (a newer ouro wrote it); any error a migration
    ///   throws, after rolling that migration back.
    @discardableResult
    public func migrate(_ migrations: [Migration] = Schema.migrations) throws -> MigrationOutcome {
        precondition(
            migrations.map(\.version) == migrations.indices.map { $0 + 1 },
            "migrations must be numbered 1, 2, … in order")
        let latest = migrations.last?.version ?? 0
        var outcome = MigrationOutcome(applied: [], backupPath: nil)
        let current = try userVersion()
        try refuseNewer(current, latest: latest)
        guard current < latest else { return outcome }
        for migration in migrations where migration.version > current {
            try write { database in
                let version = try database.userVersion()
                try database.refuseNewer(version, latest: latest)
                guard version < migration.version else { return }
                if outcome.applied.isEmpty, outcome.backupPath == nil, !(try database.isEmpty()) {
                    let backup = database.unusedBackupPath(version: version)
                    do {
                        try database.backup(to: backup)
                    } catch let error as DatabaseError {
                        throw DatabaseError(
                            error.kind,
                            message: "cannot write the backup made before migrating, so the "
                                + "store was not migrated: \(error.message)", path: error.path)
                    }
                    outcome.backupPath = backup
                }
                try migration.apply(database)
                try database.setUserVersion(migration.version)
                outcome.applied.append(migration.version)
            }
        }
        return outcome
    }

    private func refuseNewer(_ version: Int, latest: Int) throws(DatabaseError) {
        guard version > latest else { return }
        throw DatabaseError.newerSchema(found: version, known: latest, path: path)
    }

    private func unusedBackupPath(version: Int) -> String {
        let base = "\(path).backup-v\(version)"
        var candidate = base
        var copy = 1
        while PrivateFiles.exists(candidate) {
            copy += 1
            candidate = "\(base).\(copy)"
        }
        return candidate
    }
}
