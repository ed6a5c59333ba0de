/// A record with a stable integer id, the key the store writes it under.
public protocol IdentifiedRecord: Sendable {
    /// The record's id: positive, unique within its kind, increasing in creation order.
    var id: Int { get }
}
