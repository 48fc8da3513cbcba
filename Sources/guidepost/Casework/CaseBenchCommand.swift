import ArgumentParser
import CaseVault
import Casework
import Foundation
import GuidepostCore
import StoreCore
import StoreSQLite

extension Guidepost.Case {
    /// `guidepost case bench`: case operations per second on a store, with identity sealed
    /// (AES-GCM envelope) or, for comparison only, left as plain JSON. Writes a scratch store;
    /// never point it at a real one.
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure case operations per second (open, identify, advance, show) with encryption on and off.",
            shouldDisplay: false)
        @Option(name: .customLong("db"), help: "A scratch store (SQLite path or postgres:// URL); it must be empty.") var db: String
        @Option(help: "Cases per pass.") var cases = 500
        @Flag(help: "Leave identity unencrypted (the comparison; never for real cases).") var plaintext = false

        func run() async throws {
            let store = try await CaseStores.open(db)
            guard try await store.all().isEmpty else {
                throw ValidationError("\(db) already holds cases: the bench needs an empty scratch store")
            }
            let sealer: any IdentitySealer = plaintext ? PlainSealer() : EnvelopeSealer(keyring: KeyRing.generate())
            let desk = CaseDesk(store: store, sealer: sealer, table: try EntitlementTable.bundled())
            let custody = Principal(user: "sgt.park", role: .custodyOfficer)
            var at = Date(timeIntervalSince1970: 1_760_000_000)
            var timings: [String: Double] = [:]
            func timed(_ name: String, _ body: (Int) async throws(CaseError) -> Void) async throws {
                let clock = ContinuousClock()
                let start = clock.now
                for i in 0..<cases { try await CaseText.run { () async throws(CaseError) in try await body(i) } }
                let d = clock.now - start
                timings[name] = Double(cases) / (Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            }
            try await timed("open") { (i: Int) async throws(CaseError) in
                try await desk.open(CaseID("B-\(i)"), identity: CaseIdentity(name: "Bench Person \(i)", birthDate: "2000-01-01"), at: at, as: custody)
            }
            at += 60
            try await timed("identify") { (i: Int) async throws(CaseError) in
                try await desk.identify(CaseID("B-\(i)"), IdentityChange(unit: "unit \(i)"), at: at, as: custody)
            }
            at += 60
            try await timed("advance") { (i: Int) async throws(CaseError) in
                try await desk.advance(CaseID("B-\(i)"), .questioningStarted, at: at, as: custody)
            }
            try await timed("show") { (i: Int) async throws(CaseError) in _ = try await desk.show(CaseID("B-\(i)"), at: at, as: custody) }
            let figures = timings.keys.sorted().map { "\"\($0)_per_s\": \(Int(timings[$0]!.rounded()))" }.joined(separator: ", ")
            print("{\"store\": \"\(db.hasPrefix("postgres") ? "postgres" : "sqlite")\", \"encryption\": \(!plaintext), \"cases\": \(cases), \(figures)}")
        }
    }
}

/// The bench's "encryption off": identity as plain JSON bytes. Only `case bench` uses it.
private struct PlainSealer: IdentitySealer {
    var currentKeyID: String { "plaintext" }
    func seal(_ identity: CaseIdentity, for id: CaseID, previous: SealedIdentity?) throws(CaseError) -> SealedIdentity {
        let data = (try? JSONEncoder().encode(identity)) ?? Data()
        return SealedIdentity(keyID: "plaintext", wrappedKey: Data(), box: data)
    }
    func open(_ sealed: SealedIdentity, for id: CaseID) throws(CaseError) -> CaseIdentity {
        guard let identity = try? JSONDecoder().decode(CaseIdentity.self, from: sealed.box) else { throw .sealing("not plain JSON") }
        return identity
    }
    func rewrap(_ sealed: SealedIdentity) throws(CaseError) -> SealedIdentity { sealed }
}
