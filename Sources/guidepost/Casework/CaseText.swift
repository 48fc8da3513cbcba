import ArgumentParser
import Casework
import Foundation
import GuidepostCore

/// How casework reads on a terminal, and how its errors reach the user.
enum CaseText {
    /// Runs `body`, turning a `CaseError` into a message and exit status 1 (refusals included).
    static func run<T>(_ body: () async throws(CaseError) -> T) async throws -> T {
        do { return try await body() } catch {
            FileHandle.standardError.write(Data("guidepost case: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    static func run<T>(_ body: () throws(CaseError) -> T) throws -> T {
        do { return try body() } catch {
            FileHandle.standardError.write(Data("guidepost case: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    static let korea = TimeZone(secondsFromGMT: 9 * 3600)!

    static func day(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = korea
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: d)
    }

    static func instant(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = korea
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: d) + " KST"
    }

    static func summary(_ s: CaseDesk.Summary, now: Date) -> String {
        var parts = [s.id.rawValue, s.state?.rawValue ?? "(state withheld)"]
        if let a = s.agency { parts.append("held by \(a.rawValue)") }
        if let r = s.referralTo { parts.append("referred to \(r.rawValue)") }
        if let d = s.deadline { parts.append("\(d.what) by \(day(d.due)) [\(d.status(at: now).rawValue)]") }
        return parts.joined(separator: "  ")
    }

    static func view(_ v: CaseView, now: Date) -> String {
        var out = "case \(v.id)\n"
        if let s = v.state { out += "  state: \(s.rawValue)\n" }
        if let o = v.opened { out += "  opened: \(instant(o)) (custody)\n" }
        if let o = v.origin { out += "  from: run \(o.run), incident \(o.incident)\n" }
        if let a = v.agency { out += "  held by: \(a.rawValue)\(v.group.map { " / \($0)" } ?? "")\(v.assignee.map { ", officer \($0)" } ?? "")\n" }
        if let r = v.referral { out += "  referral waiting: to \(r.to.rawValue)\(r.group.map { " / \($0)" } ?? ""), by \(r.by) on \(day(r.at))\n" }
        if let d = v.decision { out += "  protection decision: \(d.rawValue)\n" }
        if let a = v.approval { out += "  awaiting approval: \(CaseDesk.describe(a.event)), proposed by \(a.by) on \(day(a.at))\n" }
        if let d = v.deadline { out += "  deadline: \(d.what) by \(day(d.due)) [\(d.status(at: now).rawValue)] (\(d.source))\n" }
        if let id = v.identity {
            out += "  identity:\n"
            if let n = id.name { out += "    name: \(n)\n" }
            if let b = id.birthDate { out += "    birth date: \(b)\n" }
            if let u = id.unit { out += "    unit: \(u)\n" }
            if !id.family.isEmpty { out += "    family: \(id.family.joined(separator: "; "))\n" }
            if let p = id.photoReference { out += "    photo: \(p)\n" }
            for n in id.notes { out += "    note (\(n.by), \(day(n.at))): \(n.text)\n" }
        }
        if let s = v.support {
            out += "  support: household \(s.householdSize)\(s.addOns.isEmpty ? "" : ", " + s.addOns.joined(separator: ", "))\n"
        }
        if let lines = v.entitlements, !lines.isEmpty {
            out += "  entitlements (won):\n"
            for l in lines {
                out += "    \(l.item): due \(l.due.map(String.init) ?? "open"), paid \(l.paid)\(l.outstanding.map { ", outstanding \($0)" } ?? "") — \(l.note)\n"
            }
        }
        if let h = v.history, !h.isEmpty {
            out += "  history:\n"
            for e in h { out += "    \(instant(e.at))  \(e.from.rawValue) → \(e.to.rawValue)  (\(e.event.name.rawValue), \(e.by))\n" }
        }
        if !v.withheld.isEmpty { out += "  withheld from your role: \(v.withheld.map(\.rawValue).joined(separator: ", "))\n" }
        return out
    }

    /// A lifecycle event from the command line's words.
    static func event(
        _ name: String, decision: String?, verifier: String?, channel: String?, place: String?, reason: String?
    ) throws -> CaseEvent {
        guard let n = CaseEventName(rawValue: name) else {
            throw ValidationError("unknown event '\(name)'; one of \(CaseEventName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        func need<T: RawRepresentable & CaseIterable>(_ value: String?, _ option: String, _: T.Type) throws -> T where T.RawValue == String {
            guard let value, let v = T(rawValue: value) else {
                throw ValidationError("\(name) needs --\(option): one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return v
        }
        switch n {
        case .questioningStarted: return .questioningStarted
        case .handedToProtectionCentre, .enteredSettlementCentre, .completedSettlementCentre:
            throw ValidationError("\(name) happens when the receiving agency accepts a referral: use `guidepost case refer` and `accept`")
        case .protectionDecided: return .protectionDecided(try need(decision, "decision", ProtectionDecision.self))
        case .returnRequested: return .returnRequested
        case .returnWithdrawn: return .returnWithdrawn
        case .freeWillVerified:
            guard let verifier, !verifier.isEmpty else { throw ValidationError("free-will-verified needs --verifier: who verified it") }
            return .freeWillVerified(verifier: verifier)
        case .northNotified: return .northNotified(try need(channel, "channel", NotificationChannel.self))
        case .handedBack: return .handedBack(try need(place, "place", HandbackPlace.self))
        case .admittedToHospital: return .admittedToHospital
        case .discharged: return .discharged
        case .closed: return .closed(try need(reason, "reason", CloseReason.self))
        case .reopened: return .reopened
        }
    }
}
