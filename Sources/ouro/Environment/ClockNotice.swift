import Synchronization
import TimerTree

/// The lines that say a run's time is not the real clock's: a what-if that saves nothing,
/// or a store whose last update lies ahead of the clock. Each is said at most once per run.
enum ClockNotice: Equatable, Sendable {
    /// A run on a copy in memory.
    case whatIf
    /// A store last updated after the real clock's time (or the time `--at` asked for).
    case storeAhead

    /// What an `OURO_NOW` ahead of the real clock does.
    static let futureNow = "ouro: OURO_NOW is ahead of the clock: nothing was saved"

    /// The notices already written by this process.
    private static let given = Mutex<[ClockNotice]>([])

    /// The line for a store last updated at `storeTime`, later than the real clock's `clock`.
    static func storeAhead(_ storeTime: Double, clock: Double, zone: Zone) -> String {
        "ouro: the store was last updated at \(instant(storeTime, in: zone)), ahead of the "
            + "clock (\(instant(clock, in: zone))); acting at the store's time until the "
            + "clock catches up (the model never goes back)"
    }

    /// The line for `--at` a time before the store's last update, `storeTime`.
    static func askedBeforeStore(_ asked: Double, _ storeTime: Double, zone: Zone) -> String {
        "ouro: --at \(instant(asked, in: zone)) is before the store's last update "
            + "(\(instant(storeTime, in: zone))); showing that time instead (the model never "
            + "goes back)"
    }

    /// The HUD's message for the same: shorter, for one line of the screen.
    static func storeAheadMessage(_ storeTime: Double, zone: Zone) -> String {
        "the clock is behind the store (\(instant(storeTime, in: zone))): waiting for it "
            + "to catch up"
    }

    /// Writes `line` to stderr, unless this process already gave this notice.
    func report(_ line: String) {
        let isNew = Self.given.withLock { given in
            guard !given.contains(self) else { return false }
            given.append(self)
            return true
        }
        if isNew { StandardError.writeLine(line) }
    }

    /// `2026-12-01 09:00` in `zone`.
    private static func instant(_ time: Double, in zone: Zone) -> String {
        ClockText.date(zone.civil(at: time).date) + " " + ClockText.wallTime(time, in: zone)
    }
}
