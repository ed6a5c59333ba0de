@preconcurrency import Glibc

extension RealTimeDriver: LoopDriver {
    var clockID: clockid_t { Clock.id }
}
