/// Why a store operation failed. A struct with a code and a detail (STYLE.md §6.4.6) so that
/// adapters can say what happened without leaking their driver's types.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The closed set of failure kinds a caller can act on.
    public enum Code: String, Hashable, Sendable {
        /// The run, incident or record asked for is not in the store.
        case notFound = "not-found"
        /// The write contradicts what is stored: the same (run, sequence) with other content,
        /// or a sequence number that would leave a gap.
        case conflict
        /// The store cannot be reached or opened (missing folder, locked, read-only, full disk).
        case unavailable
        /// What is stored cannot be read back (a damaged file or a record that no longer decodes).
        case corrupt
    }

    public var code: Code
    public var detail: String

    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var description: String { "\(code.rawValue): \(detail)" }
}
