import GuidepostCore
import Casework
import Foundation
import StoreCore
import StoreSQLite
import TestSupport
import Testing

/// The case store conformance suite on SQLite, and what only the database can show: the audit
/// trail refuses edits outside the adapter, and the file holds no identity in plaintext.
@Suite struct SQLiteCaseStoreTests {
    @Test func sqliteCaseStorePassesTheSuite() async throws {
        let dir = try TemporaryFolder()
        let failures = await CaseStoreConformance.failures(of: try SQLiteCaseStore(path: dir.path("cases.sqlite")))
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func theAuditTrailAndCasesRefuseEditsByTrigger() async throws {
        let dir = try TemporaryFolder()
        let path = dir.path("cases.sqlite")
        let store = try SQLiteCaseStore(path: path)
        let file = CaseFile(id: "C-1", opened: Date(timeIntervalSince1970: 1_760_000_000))
        try await store.create(
            StoredCase(file: file, identity: nil),
            audit: AuditDraft(at: file.opened, actor: "sgt.park", role: "custody-officer", action: "case.open", record: "C-1", outcome: .allowed, detail: "opened"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        for sql in ["UPDATE audit SET detail = 'nothing';", "DELETE FROM audit;", "DELETE FROM casefile;"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            p.arguments = [path, sql]
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus != 0, "\(sql) should be refused")
        }
        #expect(try await store.auditTrail().count == 1)
        #expect(try await store.all().count == 1)
    }
}
