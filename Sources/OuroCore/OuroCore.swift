/// OuroCore: the deterministic model of work hours, streaks, intentions and scoring.
///
/// The model has no clock: callers advance it to a time. It never reads the environment,
/// the terminal or the disk. See `shared/spec/model.md`.
public enum OuroCoreModule {}
