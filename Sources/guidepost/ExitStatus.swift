import ArgumentParser
import Foundation
import GuidepostCore
import Scenario
import StoreCore

/// The one mapping from a command's failure to its exit status and message (README, "Exit
/// codes"). Every command ends through it (`Guidepost.main`), so the same kind of failure
/// exits the same way everywhere:
///
/// | status | meaning |
/// |---|---|
/// | 0 | done |
/// | 1 | any other runtime failure (a store unreachable or contradicted, a refused case action) |
/// | 2, 3 | `plan`/`replan`/`guide`: no route (2), expansion budget exhausted (3) |
/// | 64 | usage: a wrong or missing option or argument (ArgumentParser's own; prints the usage) |
/// | 65 | bad input data: a file, line, field or value refused (sysexits EX_DATAERR) |
/// | 66 | an input missing, unreadable or a folder (EX_NOINPUT) |
/// | 73 | an output that cannot be created or written (EX_CANTCREAT) |
///
/// A runtime failure never prints the usage text: it prints one message that says which
/// file, line, field or option and what to do.
struct ExitStatus: Equatable {
    /// Usage: a wrong option or argument (printed with the usage text by ArgumentParser).
    static let usage: Int32 = 64
    /// Bad input data (EX_DATAERR).
    static let badInput: Int32 = 65
    /// An input missing, unreadable or a folder (EX_NOINPUT).
    static let missingInput: Int32 = 66
    /// An output that cannot be created or written (EX_CANTCREAT).
    static let cannotWrite: Int32 = 73
    /// Any other runtime failure.
    static let failure: Int32 = 1

    /// The exit status.
    var code: Int32
    /// What to print on stderr; nil when the command already said it (an `ExitCode`).
    var message: String?

    /// The status and message for an error thrown by a command's `run()`.
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self.init(code: Self.code(failure.kind), message: failure.message)
        case let input as InputError:
            self.init(code: Self.code(CommandFailure.Kind(input.kind)), message: input.description)
        case let scenario as ScenarioLoadError:
            self.init(code: Self.badInput, message: scenario.description)
        case let exit as ExitCode:
            self.init(code: exit.rawValue, message: nil)
        case let decoding as DecodingError:
            self.init(code: Self.badInput, message: InputError(decoding: decoding, file: "<input>").description)
        case let cocoa as CocoaError:
            self.init(code: Self.code(for: cocoa), message: Self.describe(cocoa))
        case let validation as ValidationError:
            // An option found wrong only once the command ran (e.g. in a file it named): a
            // usage problem, said without the usage text.
            self.init(code: Self.usage, message: validation.message)
        case let store as StoreError:
            self.init(code: Self.failure, message: "the store: \(store)")
        default:
            self.init(code: Self.failure, message: InputError.excerpt("\(error)", limit: InputError.printedLimit))
        }
    }

    init(code: Int32, message: String?) {
        self.code = code
        self.message = message
    }

    /// The status of a kind of failure.
    static func code(_ kind: CommandFailure.Kind) -> Int32 {
        switch kind {
        case .badInput: badInput
        case .missingInput: missingInput
        case .cannotWrite: cannotWrite
        case .other: failure
        }
    }

    /// The status of a Foundation file error: reading (missing, unreadable) or writing.
    static func code(for error: CocoaError) -> Int32 {
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile, .fileReadNoPermission, .fileReadUnknown, .fileReadInvalidFileName,
            .fileReadCorruptFile, .fileReadTooLarge, .fileReadUnsupportedScheme, .fileReadInapplicableStringEncoding,
            .fileReadUnknownStringEncoding:
            missingInput
        case .fileWriteNoPermission, .fileWriteUnknown, .fileWriteInvalidFileName, .fileWriteOutOfSpace,
            .fileWriteVolumeReadOnly, .fileWriteFileExists, .fileWriteUnsupportedScheme, .fileWriteInapplicableStringEncoding:
            cannotWrite
        default:
            failure
        }
    }

    /// A Foundation file error as one line: the path and what the system said, without the
    /// NSError dump.
    static func describe(_ error: CocoaError) -> String {
        let path = error.filePath ?? error.url?.path ?? "a file"
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let posix = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : nil }
        return "\(path): \(posix ?? error.localizedDescription)"
    }
}

extension Guidepost {
    /// Parses the command line and runs the command; every failure ends through `ExitStatus`.
    /// A wrong option (ArgumentParser's parse or `validate()`) exits 64 with the usage text, as
    /// ArgumentParser does; `--help` and `--version` exit 0.
    static func main() async {
        let command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var plain = command
                try plain.run()
            }
        } catch let clean as CleanExit {
            exit(withError: clean)
        } catch {
            // `--help` arrives here: `parseAsRoot` hands back ArgumentParser's own help command,
            // whose run throws the help request. It is a success that ArgumentParser prints itself.
            if exitCode(for: error) == .success { exit(withError: error) }
            let status = ExitStatus(error)
            if let message = status.message {
                FileHandle.standardError.write(Data("guidepost: \(message)\n".utf8))
            }
            Foundation.exit(status.code)
        }
        Foundation.exit(0)
    }
}
