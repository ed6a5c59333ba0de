/// TimerTree: a frame-rate independent timer tree.
///
/// Schedules work at times on a driver that is either real (monotonic or wall clock) or in
/// memory (tests, simulations), groups timers into branches that pause and scale together,
/// and repeats work on rules that report missed occurrences in aggregate. Nothing here
/// knows about pomodoros. See `shared/spec/timer-tree.md`.
public enum TimerTreeModule {}
