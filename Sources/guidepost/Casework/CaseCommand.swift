import ArgumentParser
import Casework
import Foundation
import GuidepostCore

extension Guidepost {
    /// `guidepost case …`: the person's case after custody, through `CaseDesk`: every command
    /// names the acting user (`--as`), is checked against their role and scope, and is audited.
    struct Case: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case",
            abstract: "Casework after custody: list, show, open, identify, note, advance, refer/accept/reject, support, pay, reminders, audit, keys.",
            discussion: """
                Cases live in the same store as the operations log (--db). `guidepost run` opens one for each \
                person who states an intent. Identity (name, birth date, unit, family, photo reference, notes) is \
                sealed with AES-GCM under the keyring (--keys FILE or $GUIDEPOST_CASE_KEYS; make one with \
                `guidepost case keys new`). Users and roles come from --users (see docs/casework.md).
                """,
            subcommands: [
                Bench.self, List.self, Show.self, Open.self, Identify.self, Note.self, Advance.self, Approve.self, Decline.self, Refer.self, Accept.self, Reject.self,
                Support.self, Pay.self, Reminders.self, Audit.self, Keys.self, RotateKeys.self,
            ])
    }
}

extension Guidepost.Case {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The cases you may see, with state, holder and deadline.")
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let rows = try await CaseText.run { () async throws(CaseError) in try await desk.list(at: now, as: who) }
            if rows.isEmpty { print("no cases you may see") }
            for r in rows { print(CaseText.summary(r, now: now)) }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One case, with only what your role may read.")
        @Argument(help: "The case id.") var id: String
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let view = try await CaseText.run { () async throws(CaseError) in try await desk.show(CaseID(id), at: now, as: who) }
            print(CaseText.view(view, now: now), terminator: "")
        }
    }

    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a case in military custody (custody officers).")
        @Argument(help: "The case id (letters, digits, - _ .).") var id: String
        @Option(help: "The operations run and incident it came from, RUN:INCIDENT.") var incident: String?
        @Option(help: "The person's name, as they give it.") var name: String?
        @Option(help: "Birth date, YYYY-MM-DD.") var birthDate: String?
        @Option(help: "Military unit.") var unit: String?
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let origin = try incident.map { text -> CaseOrigin in
                let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw ValidationError("--incident takes RUN:INCIDENT (e.g. my-run-seed-1:I-1)") }
                return CaseOrigin(run: parts[0], incident: parts[1])
            }
            let identity = CaseIdentity(name: name, birthDate: birthDate, unit: unit)
            if let (f, reason) = IdentityChange(name: name, birthDate: birthDate, unit: unit).validation {
                throw ValidationError("--\(f.rawValue): \(reason)")
            }
            _ = try await CaseText.run { () async throws(CaseError) in
                try await desk.open(CaseID(id), origin: origin, identity: identity, at: now, as: who)
            }
            print("case \(id) opened in custody")
        }
    }

    struct Identify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set identity fields (each needs write access to it).")
        @Argument(help: "The case id.") var id: String
        @Option var name: String?
        @Option(help: "YYYY-MM-DD.") var birthDate: String?
        @Option var unit: String?
        @Option(help: "A family member (repeat for each).") var family: [String] = []
        @Option(help: "Where the photograph is kept.") var photoRef: String?
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let edit = IdentityChange(name: name, birthDate: birthDate, unit: unit, family: family.isEmpty ? nil : family, photoReference: photoRef)
            guard !edit.fields.isEmpty else { throw ValidationError("give at least one of --name, --birth-date, --unit, --family, --photo-ref") }
            _ = try await CaseText.run { () async throws(CaseError) in try await desk.identify(CaseID(id), edit, at: now, as: who) }
            print("case \(id): wrote \(edit.fields.map(\.rawValue).joined(separator: ", "))")
        }
    }

    struct Note: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a note (sealed: notes may name people).")
        @Argument(help: "The case id.") var id: String
        @Argument(help: "The note.") var text: String
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            _ = try await CaseText.run { () async throws(CaseError) in try await desk.note(CaseID(id), text, at: now, as: who) }
            print("case \(id): note added")
        }
    }

    struct Advance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a lifecycle event.",
            discussion: "Events: \(CaseEventName.allCases.map(\.rawValue).joined(separator: ", ")). The hand-overs between agencies happen by `refer` and `accept`.")
        @Argument(help: "The case id.") var id: String
        @Argument(help: "The event.") var event: String
        @Option(help: "protection-decided: \(ProtectionDecision.allCases.map(\.rawValue).joined(separator: ", ")).") var decision: String?
        @Option(help: "free-will-verified: who verified it (an official, the UNC MAC, the NNSC).") var verifier: String?
        @Option(help: "north-notified: \(NotificationChannel.allCases.map(\.rawValue).joined(separator: ", ")).") var channel: String?
        @Option(help: "handed-back: \(HandbackPlace.allCases.map(\.rawValue).joined(separator: ", ")).") var place: String?
        @Option(help: "closed: \(CloseReason.allCases.map(\.rawValue).joined(separator: ", ")).") var reason: String?
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let e = try CaseText.event(event, decision: decision, verifier: verifier, channel: channel, place: place, reason: reason)
            let file = try await CaseText.run { () async throws(CaseError) in try await desk.advance(CaseID(id), e, at: now, as: who) }
            if let pending = file.approval {
                print("case \(id): \(CaseDesk.describe(pending.event)) proposed; another officer approves it with `guidepost case approve \(id)`")
            } else {
                print("case \(id): \(event) → \(file.state.rawValue)")
            }
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve the event another officer proposed (special protection, not protected): it takes effect now.")
        @Argument(help: "The case id.") var id: String
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let file = try await CaseText.run { () async throws(CaseError) in try await desk.approve(CaseID(id), at: now, as: who) }
            print("case \(id): approved; now \(file.state.rawValue)")
        }
    }

    struct Decline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decline the event another officer proposed (the reason is sealed).")
        @Argument(help: "The case id.") var id: String
        @Option(help: "Why.") var reason: String
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            _ = try await CaseText.run { () async throws(CaseError) in try await desk.decline(CaseID(id), reason: reason, at: now, as: who) }
            print("case \(id): proposal declined; the case stays as it was")
        }
    }

    struct Refer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask another agency (or group) to take the case over.")
        @Argument(help: "The case id.") var id: String
        @Option(help: "\(Agency.allCases.map(\.rawValue).joined(separator: ", ")).") var to: String
        @Option(help: "The receiving team or office.") var group: String?
        @Option(help: "The receiving officer.") var officer: String?
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            guard let agency = Agency(rawValue: to) else { throw ValidationError("--to: one of \(Agency.allCases.map(\.rawValue).joined(separator: ", "))") }
            _ = try await CaseText.run { () async throws(CaseError) in
                try await desk.refer(CaseID(id), to: agency, group: group, assignee: officer, at: now, as: who)
            }
            print("case \(id): referred to \(to); waiting for them to accept")
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take over a case referred to you.")
        @Argument(help: "The case id.") var id: String
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let file = try await CaseText.run { () async throws(CaseError) in try await desk.accept(CaseID(id), at: now, as: who) }
            print("case \(id): accepted; now \(file.state.rawValue), held by \(file.agency.rawValue)")
        }
    }

    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decline a case referred to you (the reason is sealed).")
        @Argument(help: "The case id.") var id: String
        @Option(help: "Why.") var reason: String
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            _ = try await CaseText.run { () async throws(CaseError) in try await desk.reject(CaseID(id), reason: reason, at: now, as: who) }
            print("case \(id): referral rejected; the case stays where it was")
        }
    }

    struct Support: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set what the entitlements depend on.")
        @Argument(help: "The case id.") var id: String
        @Option(help: "Household size.") var household = 1
        @Flag var aged60OrOver = false
        @Flag var disability = false
        @Flag var longTermCare = false
        @Flag var singleParentWithChild = false
        @Flag var childBornInThirdCountry = false
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let profile = SupportProfile(
                householdSize: household, aged60OrOver: aged60OrOver, disability: disability, longTermCare: longTermCare,
                singleParentWithChild: singleParentWithChild, childBornInThirdCountry: childBornInThirdCountry)
            _ = try await CaseText.run { () async throws(CaseError) in try await desk.support(CaseID(id), profile, at: now, as: who) }
            print("case \(id): support profile set")
        }
    }

    struct Pay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a payment of an entitlement that is due.")
        @Argument(help: "The case id.") var id: String
        @Option(help: "The entitlement (settlement-grant, housing-grant, emergency-living, add-on-…).") var item: String
        @Option(help: "Won.") var amount: Int
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            _ = try await CaseText.run { () async throws(CaseError) in try await desk.pay(CaseID(id), item: item, amount: amount, at: now, as: who) }
            print("case \(id): paid \(amount) won (\(item))")
        }
    }

    struct Reminders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deadlines due soon or overdue on the cases you may see.")
        @OptionGroup var options: CaseOptions

        func run() async throws {
            let (who, now, desk) = try await options.session()
            let due = try await CaseText.run { () async throws(CaseError) in try await desk.reminders(at: now, as: who) }
            if due.isEmpty { print("nothing due soon") }
            for (id, d, status) in due { print("\(id)  \(status.rawValue.uppercased())  \(d.what) by \(CaseText.day(d.due))  (\(d.source))") }
        }
    }
}
