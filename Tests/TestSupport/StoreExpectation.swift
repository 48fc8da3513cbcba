import StoreCore

/// How the conformance suites check that a store call is refused with the right code.
enum StoreExpectation {
    /// The failures of `body`: none when it throws `code`, one line otherwise.
    static func failures(
        expecting code: StoreError.Code, _ what: String, _ body: () async throws(StoreError) -> Void
    ) async -> [String] {
        do {
            try await body()
            return ["\(what): expected \(code), got success"]
        } catch {
            return error.code == code ? [] : ["\(what): expected \(code), got \(error)"]
        }
    }
}
