// Fuzzes what the console makes of an HTTP request body, without a server: each body type the
// routes decode (`ConsoleRoutes.LoginBody`, `AnswerBody`, `ApproveBody`, `PlaybackBody`) through
// the same `JSONDecoder`, the error text a bad body gets (`describe`, `clip`), and the checks
// after decoding (the answer's word, the playback command; a password against a stored hash;
// an account name). `@testable` reaches the internal body types (build.sh adds -enable-testing).
import Foundation
import Operations
import Pipeline
@testable import Console
import CFuzzerDriver

/// The routes are generic over the watch they drive; the bodies and helpers do not depend on it.
typealias Routes = ConsoleRoutes<ReplaySession>

/// A stored scrypt hash of cheap cost (N = 16), so each input's password check stays fast.
let storedHash = "scrypt$16$1$1$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConsoleBodies(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Data(UnsafeRawBufferPointer(start: start, count: count))
    let decoder = JSONDecoder()
    func decode<T: Decodable>(_ type: T.Type) -> T? {
        do { return try decoder.decode(T.self, from: data) } catch let error as DecodingError {
            _ = Routes.describe(error)
            return nil
        } catch {
            return nil
        }
    }
    if let login = decode(Routes.LoginBody.self) {
        _ = Routes.clip(login.user)
        _ = ConsoleAccount.isValidName(login.user)
        _ = PasswordHash.verify(login.password, against: storedHash)
    }
    if let answer = decode(Routes.AnswerBody.self) {
        _ = OperatorDecision.Answer(rawValue: answer.answer)
        _ = Routes.clip(answer.answer)
        _ = answer.reason.map(Routes.clip)
    }
    if let approve = decode(Routes.ApproveBody.self) { _ = approve.reason.map(Routes.clip) }
    if let playback = decode(Routes.PlaybackBody.self) { _ = try? playback.command() }
    _ = decode(ConsoleAccounts.self)
    return 0
}

/// The process entry (SwiftPM's `main` for this executable): libFuzzer's driver with `fuzzConsoleBodies`.
@_cdecl("FuzzConsoleBodies_main")
public func fuzzConsoleBodiesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzConsoleBodies)
}
