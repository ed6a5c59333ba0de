import OuroCore

/// What a committed ``Store/update(at:scope:initialize:_:)`` returns: the command's result
/// and every model event observed on the way, in order (hooks and `ouro watch` use them).
public struct StoreUpdate<Value> {
    /// What the command's body returned.
    public var value: Value
    /// The model's events, in time order; only the last progress report is kept.
    public var events: [NexusEvent]
}

extension StoreUpdate: Sendable where Value: Sendable {}
