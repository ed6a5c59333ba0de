import OuroCore

/// The migrations that build ouro's database, oldest first.
///
/// Adding a table or column is one new line at the end of ``migrations`` with the next
/// version number; never edit or reorder a migration that has shipped.
public enum Schema {
    /// Every migration this binary knows, in version order from 1.
    public static let migrations: [Migration] = [
        Migration(
            1, "settings as key/value pairs",
            sql: "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value ANY) STRICT"),
        Migration(2, "the model's records", sql: modelTables),
        Migration(3, "the event outbox for hooks and watch", sql: eventTables),
        Migration(4, "pomodoros numbered 1, 2, 3 … in creation order", apply: numberPomodoros),
        Migration(5, "pomodoros by evaluation time", sql: evaluationIndex),
    ]

    /// The schema version this binary writes.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Migration 2: one table per record kind, columns for what queries filter on.
    ///
    /// Intervals are found by start (the status window, `log`, `score`), sessions by end
    /// (those still ahead of the last update), intentions by last change (those created or
    /// estimated inside a window). Arrays that are only ever read whole (an intention's
    /// estimates and pomodoro ids) are packed into blobs; the live state is one small blob in
    /// the model's own binary form.
    static let modelTables = """
        CREATE TABLE live (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state BLOB NOT NULL
        ) STRICT;
        CREATE TABLE intentions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL,
            created REAL NOT NULL,
            modified REAL NOT NULL,
            worked REAL NOT NULL,
            abandoned INTEGER NOT NULL,
            completion_pomodoro INTEGER,
            completion_at REAL,
            completion_points REAL,
            completion_accuracy REAL,
            estimates BLOB NOT NULL,
            pomodoros BLOB NOT NULL
        ) STRICT;
        CREATE INDEX intentions_by_modified ON intentions (modified);
        CREATE INDEX intentions_by_title ON intentions (title);
        CREATE TABLE intervals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            streak INTEGER,
            position INTEGER,
            intention INTEGER,
            evaluation TEXT,
            evaluated_at REAL,
            points_before REAL,
            points_after REAL
        ) STRICT;
        CREATE INDEX intervals_by_start ON intervals (start);
        CREATE INDEX intervals_by_kind ON intervals (kind, id);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            rule INTEGER
        ) STRICT;
        CREATE INDEX sessions_by_end ON sessions ("end");
        CREATE TABLE work_hour_rules (
            id INTEGER PRIMARY KEY,
            weekdays INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            zone TEXT NOT NULL
        ) STRICT;
        """

    /// Migration 3: the outbox of hook events (``OutboxEvent``).
    ///
    /// `key` is unique, so an event is recorded once however many processes observe it.
    /// `claimant` is the process that will run its hooks; `delivered` is set once they have
    /// run (or at once when no hook was there). The partial index keeps the "anything
    /// pending?" check free when nothing is.
    static let eventTables = """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            "key" TEXT NOT NULL UNIQUE,
            time REAL NOT NULL,
            kind TEXT NOT NULL,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            intention INTEGER,
            title TEXT,
            points_before REAL,
            points_after REAL,
            observed REAL NOT NULL,
            claimant INTEGER,
            delivered REAL
        ) STRICT;
        CREATE INDEX events_pending ON events (id) WHERE delivered IS NULL;
        CREATE INDEX events_by_time ON events (time);
        """

    /// Migration 4: pomodoros get a number (1, 2, 3 … in creation order, which is id order),
    /// indexed for `evaluate --pomodoro N`, and the live state counts on from the last one; a
    /// continued pomodoro records when its intention was set (`set_at`, empty for the old
    /// ones: they score at their start, as before).
    ///
    /// - Complexity: O(pomodoros): one pass in id order, one indexed update each.
    static func numberPomodoros(_ database: Database) throws {
        try database.execute(
            """
            ALTER TABLE intervals ADD COLUMN number INTEGER;
            ALTER TABLE intervals ADD COLUMN set_at REAL;
            CREATE INDEX intervals_by_number ON intervals (number) WHERE number IS NOT NULL;
            """)
        let ids = try database.query(
            "SELECT id FROM intervals WHERE kind = 'pomodoro' ORDER BY id"
        ) { $0.int(at: 0) }
        let update = try database.prepare("UPDATE intervals SET number = ? WHERE id = ?")
        for (offset, id) in ids.enumerated() {
            try update.bind([.integer(Int64(offset + 1)), .integer(Int64(id))])
            try update.step()
        }
        guard let blob = try database.scalar("SELECT state FROM live WHERE id = 1"),
            case .blob(let bytes) = blob
        else { return }
        var live = try LiveState(blob: bytes)
        live.nextPomodoroNumber = ids.count + 1
        try database.execute(
            "UPDATE live SET state = ? WHERE id = 1", [.blob(live.blob)])
    }

    /// The migration that finds pomodoros by when they were evaluated.
    ///
    /// Every score event counts in the window that holds its own time, so a day's score needs
    /// the pomodoros evaluated that day though started before it (late or re-evaluations).
    /// Partial: only evaluated pomodoros are indexed.
    static let evaluationIndex = """
        CREATE INDEX intervals_by_evaluation ON intervals (evaluated_at)
            WHERE evaluated_at IS NOT NULL;
        """
}
