/// Records kept sorted by id: a working set loads without hashing, new records append, and
/// lookups are binary searches.
struct RecordTable<Record: IdentifiedRecord>: Sendable {
    /// The records in ascending id order.
    private(set) var records: [Record]

    /// A table of records in any order; duplicates keep the last given.
    init(_ records: [Record] = []) {
        var sorted = records
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0.id < $1.id }) {
            var byID: [Int: Record] = [:]
            for record in records { byID[record.id] = record }
            sorted = byID.values.sorted { $0.id < $1.id }
        }
        self.records = sorted
    }

    /// The position of the first record whose id is at least `id`.
    private func lowerBound(_ id: Int) -> Int {
        var low = 0
        var high = records.count
        while low < high {
            let mid = (low + high) / 2
            if records[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The record with this id, if loaded.
    subscript(id: Int) -> Record? {
        let index = lowerBound(id)
        return index < records.count && records[index].id == id ? records[index] : nil
    }

    /// Inserts a record, or replaces the one with its id.
    mutating func put(_ record: Record) {
        if let last = records.last, last.id < record.id {
            records.append(record)
            return
        }
        let index = lowerBound(record.id)
        if index < records.count && records[index].id == record.id {
            records[index] = record
        } else {
            records.insert(record, at: index)
        }
    }

    /// Changes the record with this id in place; returns nil when it is not loaded.
    @discardableResult
    mutating func update<T>(_ id: Int, _ body: (inout Record) throws -> T) rethrows -> T? {
        let index = lowerBound(id)
        guard index < records.count && records[index].id == id else { return nil }
        return try body(&records[index])
    }

    /// Removes the record with this id, if loaded.
    mutating func remove(_ id: Int) {
        let index = lowerBound(id)
        if index < records.count && records[index].id == id { records.remove(at: index) }
    }

    /// Removes every record.
    mutating func removeAll() { records.removeAll() }

    /// The first position whose record satisfies a predicate that is false then true in order.
    func partitionPoint(_ isAtOrAfter: (Record) -> Bool) -> Int {
        var low = 0
        var high = records.count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(records[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
