import GuidepostCore

/// A command that ran and failed: what went wrong, in words that name the file, line, field or
/// option and what to do, and what kind of failure it is, which decides the exit status
/// (`ExitStatus`). Thrown from `run()`; a wrong option is a `ValidationError` from `validate()`.
struct CommandFailure: Error, CustomStringConvertible {
    /// What kind of failure: each has its own exit status (README, "Exit codes").
    enum Kind: Equatable {
        /// Some input was read and refused: a line, a field, a value (exit 65).
        case badInput
        /// An input could not be read at all: missing, unreadable, a folder (exit 66).
        case missingInput
        /// An output could not be created or written (exit 73).
        case cannotWrite
        /// Anything else that stopped the command: a store that cannot be reached, a
        /// contradiction with what is stored (exit 1).
        case other
    }

    var kind: Kind
    var message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A failure carrying an `InputError`'s message and kind.
    init(_ error: InputError) {
        self.init(Kind(error.kind), error.description)
    }

    /// Some lines of `what` (a file, or "the input") were refused, each already reported on
    /// stderr: the command has done what it could with the rest, and ends with the bad-input
    /// status so that no loss goes unnoticed.
    static func refusedLines(_ count: Int, of what: String) -> CommandFailure {
        CommandFailure(.badInput, "\(count) line\(count == 1 ? "" : "s") of \(what) refused (each reported above); the rest was used")
    }

    var description: String { message }
}

extension CommandFailure.Kind {
    /// The kind of failure an input error is.
    init(_ kind: InputError.Kind) {
        switch kind {
        case .data: self = .badInput
        case .unreadable: self = .missingInput
        case .unwritable: self = .cannotWrite
        }
    }
}
