import StoreCore
import StorePostgres
import Testing

/// libpq host lists in a PostgreSQL URL (issue 20): a primary and its standbys named in one URL
/// (`postgres://u@h1:p1,h2:p2/db?target_session_attrs=read-write`), so the log can find the
/// writable one after a failover. No server needed.
@Suite struct PostgresURLHostListTests {
    /// `host:port` of each endpoint, in order (`Endpoint` has no public initializer to compare with).
    static func servers(_ url: PostgresURL) -> [String] { url.endpoints.map { "\($0.host):\($0.port)" } }

    @Test func aHostListGivesEveryEndpointInOrderWithTheDefaultPort() throws {
        let url = try PostgresURL(
            "postgres://ops:s3cret-pw@db-a.example:5433,db-b.example,10.0.0.7:6000/events?target_session_attrs=read-write",
            environment: [:])
        #expect(Self.servers(url) == ["db-a.example:5433", "db-b.example:5432", "10.0.0.7:6000"])
        // The first entry is also the URL's host and port.
        #expect(url.host == "db-a.example" && url.port == 5433)
        #expect(url.user == "ops" && url.password == "s3cret-pw" && url.database == "events")
        #expect(url.targetSessionAttrs == "read-write")
        #expect(url.failsOver)
        #expect(!url.isUnixSocket)
        #expect(url.endpoint == "db-a.example:5433,db-b.example:5432,10.0.0.7:6000")
    }

    @Test func targetSessionAttrsIsReadWriteOrAny() throws {
        let any = try PostgresURL("postgres://ops@h1:5432,h2:5433/db?target_session_attrs=any", environment: [:])
        #expect(any.targetSessionAttrs == "any")
        #expect(any.endpoints.count == 2)
        #expect(any.failsOver, "two hosts fail over even with target_session_attrs=any")
        let unspecified = try PostgresURL("postgres://ops@h1:5432,h2:5433/db", environment: [:])
        #expect(unspecified.targetSessionAttrs == "any")
        #expect(unspecified.failsOver)
        // One host asking for a writable server also looks for it (and again after a failover).
        let oneWritable = try PostgresURL("postgres://ops@h1:5432/db?target_session_attrs=read-write", environment: [:])
        #expect(Self.servers(oneWritable) == ["h1:5432"])
        #expect(oneWritable.targetSessionAttrs == "read-write")
        #expect(oneWritable.failsOver)
    }

    @Test func aPlainURLHasOneEndpointAndDoesNotFailOver() throws {
        let url = try PostgresURL("postgres://ops:pw@db.example:6543/events", environment: [:])
        #expect(Self.servers(url) == ["db.example:6543"])
        #expect(url.targetSessionAttrs == "any")
        #expect(!url.failsOver)
        #expect(url.description == "postgres://ops:***@db.example:6543/events")
        let defaulted = try PostgresURL("postgresql://ops@db.example/events", environment: [:])
        #expect(Self.servers(defaulted) == ["db.example:5432"])
        #expect(!defaulted.failsOver)
    }

    @Test func theDescriptionRoundTripsTheHostListAndHidesThePassword() throws {
        let url = try PostgresURL(
            "postgres://ops:s3cret-pw@h1:5433,h2,h3:6000/events?target_session_attrs=read-write", environment: [:])
        let text = url.description
        #expect(text == "postgres://ops:***@h1:5433,h2:5432,h3:6000/events?target_session_attrs=read-write")
        #expect(!text.contains("s3cret-pw"))
        let again = try PostgresURL(text, environment: [:])
        #expect(again.endpoints == url.endpoints)
        #expect(again.targetSessionAttrs == url.targetSessionAttrs)
        #expect(again.user == url.user && again.database == url.database)
        #expect(again.failsOver)
        // With target_session_attrs=any the description leaves the parameter out, and still lists every host.
        let any = try PostgresURL("postgres://ops@h1:5433,h2:5434/events?target_session_attrs=any", environment: [:])
        #expect(any.description == "postgres://ops@h1:5433,h2:5434/events")
        #expect(try PostgresURL(any.description, environment: [:]).endpoints == any.endpoints)
    }

    @Test func onlyNarrowsTheURLToOneServer() throws {
        let url = try PostgresURL("postgres://ops:pw@h1:5433,h2:5434/events?target_session_attrs=read-write", environment: [:])
        let second = url.only(url.endpoints[1])
        #expect(Self.servers(second) == ["h2:5434"])
        #expect(second.host == "h2" && second.port == 5434)
        #expect(second.endpoint == "h2:5434")
        #expect(second.user == "ops" && second.password == "pw" && second.database == "events")
        #expect(second.targetSessionAttrs == "read-write")
        #expect(url.endpoints.count == 2, "the original keeps its list")
        let anyURL = try PostgresURL("postgres://ops@h1:5433,h2:5434/events", environment: [:])
        #expect(!anyURL.only(anyURL.endpoints[0]).failsOver, "one server and any: nothing to fail over to")
    }

    @Test(arguments: [
        ("postgres://ops:s3cret-pw@h1:5432/db?target_session_attrs=prefer-standby", ["target_session_attrs=prefer-standby is not supported"]),
        ("postgres://ops:s3cret-pw@h1:5432,h2/db?target_session_attrs=read-only", ["target_session_attrs=read-only is not supported"]),
        ("postgres://ops:s3cret-pw@h1,,h2/db", ["the host list has an empty entry"]),
        ("postgres://ops:s3cret-pw@h1,h2,/db", ["the host list has an empty entry"]),
        ("postgres://ops:s3cret-pw@,h1/db", ["the host list has an empty entry"]),
        // Foundation may refuse the port itself (then the entry is not HOST[:PORT]) or give it to the range check.
        ("postgres://ops:s3cret-pw@h1,h2:99999/db", ["the port must be between 1 and 65535", "'h2:99999' in the host list is not HOST[:PORT]"]),
        ("postgres://ops:s3cret-pw@h1,h2:port/db", ["'h2:port' in the host list is not HOST[:PORT]"]),
        ("postgres://ops:s3cret-pw@h1,h2/db?host=/run/postgresql", ["a Unix socket (?host=) cannot be combined with a host list"]),
    ])
    func aBadHostListOrSessionAttributeIsRefusedWithAMessage(url: String, says: [String]) {
        do {
            let parsed = try PostgresURL(url, environment: [:])
            Issue.record("parsed \(url) as \(parsed)")
        } catch {
            #expect(error.code == .unavailable)
            #expect(says.contains { error.detail.contains($0) }, "\(error)")
            #expect(error.detail.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"), "\(error)")
            #expect(error.detail.contains("***"), "\(error)")
            #expect(!error.detail.contains("s3cret-pw"), "\(error)")
        }
    }
}
