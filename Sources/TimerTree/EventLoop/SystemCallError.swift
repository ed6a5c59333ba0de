/// A system call that failed, and its `errno`.
public struct SystemCallError: Error, Equatable, Sendable {
    /// The call's name, such as `"timerfd_create"`.
    public let call: String
    /// The `errno` it left.
    public let code: Int32

    /// The failure of `call` with `code`.
    public init(call: String, code: Int32) {
        self.call = call
        self.code = code
    }
}
