/// Work that can be saved with a ``PersistentScheduler``: a value naming its type with a code.
///
/// The value is the work's data (which reminder, which intention); what running it does is
/// registered in a ``WorkRegistry`` under ``typeCode``, because it needs the running program
/// (a store, a terminal) that a saved file cannot hold.
public protocol PersistableWork: Codable {
    /// The code saved beside the work's data, naming its type; unique within a registry and
    /// stable across releases, or saved files stop loading.
    static var typeCode: String { get }
}
