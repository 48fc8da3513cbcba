import Foundation
public import Logging
public import PostgresNIO
public import StorePostgres

/// The PostgreSQL server the live tests use: `GUIDEPOST_TEST_POSTGRES` (an admin URL, as
/// `tools/with-postgres.sh` exports). Live tests are enabled when it is set, or when
/// `GUIDEPOST_REQUIRE_POSTGRES=1` — then a missing or unreachable server fails them instead of
/// skipping them.
public enum PostgresTestServer {
    public static let environment = ProcessInfo.processInfo.environment

    /// Whether the live tests run at all.
    public static var enabled: Bool { environment["GUIDEPOST_TEST_POSTGRES"] != nil || required }

    /// Whether a missing server is a failure rather than a reason to skip.
    public static var required: Bool { environment["GUIDEPOST_REQUIRE_POSTGRES"] == "1" }

    public static let logger = Logger(label: "guidepost.tests.postgres") { _ in SwiftLogNoOpLogHandler() }

    /// The admin URL, or a thrown failure saying how to provide one.
    public static func adminURL() throws -> PostgresURL {
        guard let url = environment["GUIDEPOST_TEST_POSTGRES"] else {
            throw TestServerError(
                "GUIDEPOST_REQUIRE_POSTGRES=1 but GUIDEPOST_TEST_POSTGRES is not set; run the tests through tools/with-postgres.sh")
        }
        return try PostgresURL(url)
    }

    /// Runs `body` with the URL of a fresh database `gp_test_<random>`, dropped afterwards, so
    /// that tests never see each other's events and can run in parallel.
    public static func withFreshDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        let admin = try adminURL()
        let name = "gp_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        _ = try await withConnection(admin) { c in
            try await c.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        var url = admin
        url.database = String(name)
        let text = "postgres://\(url.user)\(url.password.map { ":\($0)" } ?? "")@\(url.host):\(url.port)/\(name)"
        do {
            let result = try await body(text)
            try await drop(name, admin)
            return result
        } catch {
            try? await drop(name, admin)
            throw error
        }
    }

    /// A direct session to `url`, closed after `body`: SQL the adapter would never send.
    public static func withConnection<T>(_ url: PostgresURL, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw TestServerError(
                "cannot connect to the test server at \(url.endpoint) as \(url.user) (database \(url.database)); "
                    + "is it running? tools/with-postgres.sh starts one")
        }
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func drop(_ name: some StringProtocol, _ admin: PostgresURL) async throws {
        _ = try await withConnection(admin) { c in
            try await c.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
        }
    }
}
