extension Statement {
    /// The column at `index` as an `Int`.
    func int(at index: Int32) -> Int { Int(int64(at: index)) }

    /// The column at `index` as an `Int`, or nil for `NULL`.
    func optionalInt(at index: Int32) -> Int? { isNull(at: index) ? nil : int(at: index) }

    /// The column at `index` as a `Double`, or nil for `NULL`.
    func optionalDouble(at index: Int32) -> Double? {
        isNull(at: index) ? nil : double(at: index)
    }
}

extension SQLiteValue {
    /// An integer value, or `NULL` for nil.
    static func integer(_ value: Int?) -> SQLiteValue {
        value.map { .integer(Int64($0)) } ?? .null
    }

    /// A real value, or `NULL` for nil.
    static func real(_ value: Double?) -> SQLiteValue { value.map { .real($0) } ?? .null }
}
