import CaseVault
import Casework
import Foundation
import GuidepostCore
import PostgresNIO
import PostgresTestSupport
import StoreCore
import StorePostgres
import TestSupport
import Testing

/// `PostgresCaseStore` against a live server: the conformance suite (concurrent writers and the
/// version check included), the database refusing edits of the trail, and no identity in the
/// clear in any column.
@Suite(.enabled(if: PostgresTestServer.enabled, "set GUIDEPOST_TEST_POSTGRES (tools/with-postgres.sh) to run"))
struct PostgresCaseStoreTests {
    static func withStore<T>(_ url: String, _ body: (PostgresCaseStore) async throws -> T) async throws -> T {
        let store = try await PostgresCaseStore(url: url)
        do {
            let value = try await body(store)
            await store.close()
            return value
        } catch {
            await store.close()
            throw error
        }
    }

    @Test(.timeLimit(.minutes(5))) func postgresCaseStorePassesTheConformanceSuite() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            let failures = try await Self.withStore(url) { store in await CaseStoreConformance.failures(of: store) }
            #expect(failures.isEmpty, "\(failures)")
        }
    }

    @Test(.timeLimit(.minutes(5))) func theDatabaseRefusesEditsOfTheTrailAndDeletionOfCases() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            let desk = CaseDesk(
                store: try await PostgresCaseStore(url: url), sealer: EnvelopeSealer(keyring: KeyRing.generate()),
                table: try EntitlementTable.bundled())
            let custody = Principal(user: "sgt.park", role: .custodyOfficer)
            let at = Date(timeIntervalSince1970: 1_760_850_000)
            try await desk.open("C-1", identity: CaseIdentity(name: "Ri Chol-su", birthDate: "2002-04-11", unit: "7th Corps"), at: at, as: custody)
            try await desk.note("C-1", "Kim Song-il of his platoon helped him", at: at, as: custody)
            let sql = [
                "UPDATE audit SET detail = 'nothing'", "DELETE FROM audit", "TRUNCATE audit", "DELETE FROM casefile", "TRUNCATE casefile",
            ]
            for statement in sql {
                let refusal = try await PostgresTestServer.withConnection(try PostgresURL(url)) { c -> String? in
                    do {
                        try await c.query(PostgresQuery(unsafeSQL: statement), logger: PostgresTestServer.logger)
                        return nil
                    } catch let error as PSQLError {
                        return error.serverInfo?[.message]
                    }
                }
                #expect(refusal != nil, "\(statement) should be refused by a trigger")
            }
            // No identity in the clear anywhere: the case's JSON, the sealed columns, the trail.
            let leaks = try await PostgresTestServer.withConnection(try PostgresURL(url)) { c -> Int in
                var n = 0
                for term in ["Ri Chol", "ri chol", "2002-04-11", "7th Corps", "Song-il"] {
                    let rows = try await c.query(
                        """
                        SELECT (SELECT count(*) FROM casefile WHERE body ILIKE '%' || \(term) || '%'
                                  OR position(convert_to(\(term), 'UTF8') IN box) > 0
                                  OR position(convert_to(\(term), 'UTF8') IN wrapped_key) > 0)
                             + (SELECT count(*) FROM audit WHERE detail ILIKE '%' || \(term) || '%')
                        """, logger: PostgresTestServer.logger)
                    for try await k in rows.decode(Int.self) { n += k }
                }
                return n
            }
            #expect(leaks == 0, "identity found in the clear")
            let trail = try await desk.store.auditTrail()
            #expect(trail.count == 2 && AuditChain.verify(trail).isEmpty)
            #expect(try await desk.show("C-1", at: at, as: custody).identity?.name == "Ri Chol-su")
            if let store = desk.store as? PostgresCaseStore { await store.close() }
        }
    }
}
