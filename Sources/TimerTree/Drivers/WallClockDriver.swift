/// A driver on `CLOCK_REALTIME`: epoch seconds, for deadlines on the wall clock.
///
/// In an ``EventLoop`` its wake-ups are armed on absolute wall time, so they follow the clock
/// when it is set or jumps across a suspend, and the loop reports the jump.
public typealias WallClockDriver = RealTimeDriver<EpochSeconds>
