/// A saved time: the wall-clock reading and its zone, and the instant they meant when saved.
///
/// Saved times follow tz database updates: the reading and zone are what the user asked
/// for ("09:00 in Europe/Berlin"), and if the zone's rules change between saving and loading,
/// the reading is resolved again under the new rules. The instant is kept to tell apart the
/// two occurrences of a reading that happens twice and to keep fractions of a second; it
/// wins only while the zone still reads it as the saved reading.
struct SavedTime: Codable, Equatable {
    /// The wall-clock reading in ``zone`` (whole seconds).
    let wall: CivilDateTime
    /// The zone the reading is in.
    let zone: Zone
    /// Seconds since the epoch when saved, fractions kept.
    let instant: Double

    /// Saves `time`'s reading, zone and instant.
    init(_ time: CivilTime) {
        wall = time.civil
        zone = time.zone
        instant = time.instant
    }

    /// The time to re-arm at: the saved instant if the zone still reads it as ``wall``,
    /// otherwise ``wall`` resolved under the zone's current rules (a skipped reading moves
    /// forward by the gap, a repeated one is its first occurrence), with the saved fraction
    /// of a second.
    var resolved: CivilTime {
        let saved = CivilTime(instant: instant, zone: zone)
        if saved.civil == wall { return saved }
        let fraction = instant - instant.rounded(.down)
        return CivilTime(instant: zone.instant(of: wall) + fraction, zone: zone)
    }
}
