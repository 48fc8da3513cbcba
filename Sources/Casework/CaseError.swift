public import GuidepostCore
/// Why a case operation failed. Every refusal leaves the case exactly as it was; the message
/// says what to do instead.
public enum CaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The lifecycle does not allow `event` in `state`.
    case transitionNotAllowed(from: CaseState, event: CaseEventName)
    /// The transition exists but a rule forbids it here (`reason` names the rule).
    case ruleBroken(event: CaseEventName, reason: String)
    /// Events must not go back in time.
    case eventBeforeLastChange(event: CaseEventName)
    /// The acting user may not do this (their role, scope or the field forbids it).
    case refused(action: String, reason: String)
    /// The input is wrong (a field value, an amount, an id).
    case invalid(field: String, reason: String)
    /// No such case (or none this user may see).
    case notFound(CaseID)
    /// Identity could not be sealed or opened (a missing key, a damaged record).
    case sealing(String)
    /// The store failed; `detail` says how (and `code` what to do).
    case store(code: String, detail: String)

    public var description: String {
        switch self {
        case .transitionNotAllowed(let from, let event):
            "'\(event.rawValue)' is not allowed while the case is '\(from.rawValue)' (see docs/casework.md for the lifecycle)"
        case .ruleBroken(let event, let reason): "'\(event.rawValue)' refused: \(reason)"
        case .eventBeforeLastChange(let event): "'\(event.rawValue)' is dated before the case's last change; give a later time"
        case .refused(let action, let reason): "\(action) refused: \(reason)"
        case .invalid(let field, let reason): "\(field): \(reason)"
        case .notFound(let id): "no case '\(id)' that you may see"
        case .sealing(let detail): "identity: \(detail)"
        case .store(let code, let detail): "store (\(code)): \(detail)"
        }
    }
}
