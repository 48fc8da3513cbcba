import Casework
import Foundation
import GuidepostCore
import PostgresTestSupport
import StoreCore
import StorePostgres
import TestSupport
import Testing

/// A case writer killed with SIGKILL in the middle of its transactions on PostgreSQL loses
/// nothing committed and leaves no half-case: every stored case has its audit entry, the chain
/// is whole, and writing goes on.
@Suite(.enabled(if: PostgresTestServer.enabled, "set GUIDEPOST_TEST_POSTGRES (tools/with-postgres.sh) to run"))
struct CasePostgresKillTests {
    @Test(.timeLimit(.minutes(5))) func aCaseWriterKilledMidTransactionLeavesNoHalfCase() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: StoreCommandTests.binary), "build the guidepost binary first")
        try await PostgresTestServer.withFreshDatabase { db in
            let child = Process()
            child.executableURL = URL(fileURLWithPath: StoreCommandTests.binary)
            child.arguments = ["case", "bench", "--db", db, "--cases", "200000"]
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            // Let it commit a few hundred cases, then kill it wherever it is.
            let store = try await PostgresCaseStore(url: db)
            var stored = 0
            let deadline = Date().addingTimeInterval(60)
            while stored < 300, child.isRunning, Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
                stored = (try? await store.all().count) ?? 0
            }
            #expect(child.isRunning, "the writer finished before it could be killed")
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            #expect(child.terminationReason == .uncaughtSignal)

            let cases = try await store.all()
            let trail = try await store.auditTrail()
            #expect(cases.count >= 300)
            #expect(AuditChain.verify(trail).isEmpty, "the audit chain is whole")
            // Each case stored came with its audit entry, and no entry names a case not stored.
            let opened = Set(trail.filter { $0.draft.action == "case.open" && $0.draft.outcome == .allowed }.compactMap(\.draft.record))
            #expect(opened == Set(cases.map(\.file.id.rawValue)), "\(opened.count) opened in the trail, \(cases.count) cases")
            // Every change committed with its own audit entry: a case at version v has v + 1.
            let entries = Dictionary(grouping: trail.filter { $0.draft.outcome == .allowed }, by: { $0.draft.record ?? "" })
            for c in cases {
                #expect(c.identity != nil, "\(c.file.id): identity sealed")
                #expect(entries[c.file.id.rawValue]?.count == c.file.version + 1, "\(c.file.id): version \(c.file.version) and its audit entries agree")
            }
            // The store goes on.
            let entry = try await store.audit(AuditDraft(
                at: Date(), actor: "aud.seo", role: "auditor", action: "audit.read", record: nil, outcome: .allowed, detail: "after the kill"))
            #expect(entry.seq == trail.count + 1)
            await store.close()
        }
    }
}
