/// An instant together with the zone it is read in: "09:00 in Europe/Berlin on that day".
///
/// Order and equality are the instant's alone: two civil times in different zones at the
/// same instant are equal, and on a fall-back day 01:30 PDT comes before 01:10 PST. The
/// wall-clock reading is kept alongside so it is not recomputed on every look.
public struct CivilTime: Hashable, Comparable, Sendable {
    /// Seconds since the epoch, fractions kept.
    public let instant: Double
    /// The zone the instant is read in.
    public let zone: Zone
    /// The wall-clock reading of ``instant`` in ``zone``.
    public let civil: CivilDateTime

    /// The civil time at `instant`, read in `zone`.
    public init(instant: Double, zone: Zone) {
        self.instant = instant
        self.zone = zone
        self.civil = zone.civil(at: instant)
    }

    /// The civil time at which `zone`'s clock reads `civil`, resolved with the policies of
    /// ``Zone/instant(of:)`` (a skipped reading moves forward by the gap, a repeated one is
    /// its first occurrence).
    public init(_ civil: CivilDateTime, in zone: Zone) {
        self.init(instant: zone.instant(of: civil), zone: zone)
    }

    /// The zone's offset east of UTC at this instant, in seconds.
    public var offset: Int { zone.offset(at: instant) }

    /// Equal when the instants are equal, whatever the zones.
    public static func == (lhs: CivilTime, rhs: CivilTime) -> Bool {
        lhs.instant == rhs.instant
    }

    /// Hashes the instant only, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(instant)
    }

    /// Orders by instant only.
    public static func < (lhs: CivilTime, rhs: CivilTime) -> Bool {
        lhs.instant < rhs.instant
    }
}
