import StoreCore
import Foundation
import Operations
import PostgresTestSupport
import StorePostgres
import Testing

/// Opening a PostgreSQL log where there is none, or from a URL that is not one: no server needed.
/// Time limits are 5 minutes, not 1: the limit counts time spent waiting for the cooperative
/// thread pool, and in the full release suite on 2 cores the whole-incident tests hold it for
/// about 90 s, so a 1-minute limit failed tests that had done their work in seconds. Each test
/// still cannot hang; promptness itself is asserted where it matters (the unreachable server).
@Suite struct PostgresOpeningTests {
    /// A loopback port nothing listens on (bound, then released).
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw TestServerError("could not find a free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A closed port is `.unavailable`, naming where and what to check (no time is asserted:
    /// timings on these shared machines are noise; the time limit keeps it from hanging).
    @Test(.timeLimit(.minutes(5))) func anUnreachableServerIsUnavailable() async throws {
        let port = try Self.closedPort()
        do {
            _ = try await PostgresEventLog(url: "postgres://guidepost:s3cret-pw@127.0.0.1:\(port)/events", connectTimeout: .seconds(5))
            Issue.record("opened a store on a closed port")
        } catch {
            #expect(error.code == .unavailable)
            #expect(error.detail.contains("127.0.0.1:\(port)"), "\(error)")
            #expect(error.detail.contains("check that the server is running"), "\(error)")
            #expect(!error.detail.contains("s3cret-pw"), "\(error)")
        }
    }

    @Test(.timeLimit(.minutes(5)), arguments: [
        "postgres://guidepost:s3cret-pw@/events",  // no host
        "postgres://guidepost:s3cret-pw@db.example:port/events",  // port not a number
        "postgres://guidepost:s3cret-pw@db.example:99999/events",  // port out of range
        "postgres://guidepost:s3cret-pw@db.example/events/extra",  // path is not a database name
        "postgres://guidepost:s3cret-pw@db.example/events?sslmode=require",  // TLS demanded
        "mysql://guidepost:s3cret-pw@db.example/events",  // not PostgreSQL
    ])
    func aMalformedURLSaysWhatIsExpected(url: String) async {
        do {
            _ = try await PostgresEventLog(url: url)
            Issue.record("opened \(url)")
        } catch {
            #expect(error.code == .unavailable)
            #expect(error.detail.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"), "\(error)")
            #expect(!error.detail.contains("s3cret-pw"), "\(error)")
            #expect(error.detail.contains("***"), "\(error)")
        }
    }

    @Test func urlsParseWithDefaults() throws {
        let url = try PostgresURL("postgresql://ops@db.example/events", environment: ["PGPASSWORD": "from-env"])
        #expect(url.host == "db.example")
        #expect(url.port == 5432)
        #expect(url.user == "ops")
        #expect(url.password == "from-env")
        #expect(url.database == "events")
        #expect(url.description == "postgres://ops:***@db.example:5432/events")
        #expect(url.endpoint == "db.example:5432")
        let bare = try PostgresURL("postgres://db.example:6543", environment: [:])
        #expect(bare.user == "postgres" && bare.database == "postgres" && bare.port == 6543 && bare.password == nil)
        #expect(bare.description == "postgres://postgres@db.example:6543/postgres")
        let inURL = try PostgresURL("postgres://ops:p%40ss@127.0.0.1:5433/x", environment: ["PGPASSWORD": "env"])
        #expect(inURL.password == "p@ss")
        let socket = try PostgresURL("postgres://ops@/x?host=/run/postgresql", environment: [:])
        #expect(socket.isUnixSocket && socket.endpoint == "/run/postgresql/.s.PGSQL.5432")
    }

    @Test func redactingHidesOnlyThePassword() {
        #expect(PostgresURL.redacting("postgres://ops:hunter2@db:5432/events") == "postgres://ops:***@db:5432/events")
        #expect(PostgresURL.redacting("postgres://ops@db/events") == "postgres://ops@db/events")
        #expect(PostgresURL.redacting("postgres://ops:a@b@db/x") == "postgres://ops:***@db/x")
        #expect(PostgresURL.redacting("guidepost.sqlite") == "guidepost.sqlite")
        #expect(PostgresURL.redacting("postgres://ops:pw@:bad:port/x?y=z") == "postgres://ops:***@:bad:port/x?y=z")
    }
}
