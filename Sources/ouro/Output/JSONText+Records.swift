import OuroCore

extension JSONText {
    /// A session's span as `status` and `sessions` write it: start, end, automatic.
    mutating func sessionFields(_ session: SessionRecord) {
        field("start", session.start)
        field("end", session.end)
        field("automatic", session.isAutomatic)
    }

    /// `{"id": …, "title": …}` for an intention, or `null`.
    mutating func intention(id: Int?, title: String?) {
        guard let id else { return null() }
        beginObject()
        field("id", id)
        field("title", title)
        endObject()
    }
}
