/// A driver whose times are civil: instants read in an IANA zone, on top of a driver in seconds.
///
/// The wrapped driver keeps time as seconds since the epoch (a ``MemoryDriver`` in tests, a
/// wall-clock driver in the program); this driver reads each of its instants in ``zone``, so
/// a `Scheduler<CivilTime>` on it orders calls by instant and hands civil rules the zone to
/// resolve wall times in. Wake-ups go straight to the wrapped driver at the call's instant.
public final class CivilDriver: TimeDriver {
    /// The driver in seconds since the epoch that keeps the time and holds the wake-up.
    public let base: any TimeDriver<Double>
    /// The zone every ``now()`` is read in.
    public let zone: Zone

    /// A civil driver reading `base`'s instants in `zone`.
    ///
    /// The scheduler built on this driver takes `base` over too: its wake-up is replaced.
    public init(_ base: some TimeDriver<Double>, zone: Zone) {
        self.base = base
        self.zone = zone
    }

    /// The wrapped driver's instant, read in ``zone``.
    public func now() -> CivilTime {
        CivilTime(instant: base.now(), zone: zone)
    }

    /// Arms the wrapped driver's one wake-up at `time`'s instant, whatever its zone.
    public func reschedule(at time: CivilTime, _ work: @escaping () -> Void) {
        base.reschedule(at: time.instant, work)
    }

    /// Drops the wrapped driver's pending wake-up, if any.
    public func unschedule() {
        base.unschedule()
    }
}
