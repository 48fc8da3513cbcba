import StoreCore
import GuidepostCore
import Operations
import PostgresTestSupport
import StorePostgres
import Testing

/// Sector leases and fenced appends on a live server (issue 20): one owner per sector, a
/// standby takes a sector over only when its lease has run out, the epoch rises with every
/// change of holder, and a holder that lost its sector cannot write a single event for it.
/// Each test has a fresh database of its own. Time limits are 5 minutes, as in
/// `PostgresEventLogTests` (the limit counts time waiting for the cooperative pool on 2 cores).
@Suite(.enabled(if: PostgresTestServer.enabled, "set GUIDEPOST_TEST_POSTGRES (tools/with-postgres.sh) to run"))
struct PostgresSectorLeaseTests {
    /// Notes `from`…`to` of `run`, as a watch would append them.
    static func notes(_ run: RunID, _ range: ClosedRange<Int>) -> [OperationsEvent] {
        range.map { OperationsEvent(run: run, seq: $0, t: Double($0), kind: .note("event \($0) of \(run)")) }
    }

    /// Appends `events` through `fenced`, returning the refusal (nil: it was stored).
    static func refusal(appending events: [OperationsEvent], to fenced: SectorEventLog) async -> StoreError? {
        do {
            _ = try await fenced.append(events)
            return nil
        } catch {
            return error
        }
    }

    @Test(.timeLimit(.minutes(5))) func aLiveLeaseKeepsOthersOutUntilItRunsOutAndThenFencesItsOldHolder() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            try await withPostgresEventLog(url: url) { log in
                // A takes the sector: the first owner, epoch 1.
                let a = try #require(
                    try await log.claim(sector: "cheorwon", owner: "hq-west", holder: "a-1", seconds: 30, onlyAfterOwner: false))
                #expect(a.sector == "cheorwon" && a.owner == "hq-west" && a.holder == "a-1")
                #expect(a.epoch == 1)
                #expect(a.expiresIn > 0 && a.expiresIn <= 30, "\(a.expiresIn)")
                #expect(!a.hasExpired)

                // B cannot take it while A's lease is live, as an owner or as a standby.
                #expect(try await log.claim(sector: "cheorwon", owner: "hq-east", holder: "b-1", seconds: 30, onlyAfterOwner: false) == nil)
                #expect(try await log.claim(sector: "cheorwon", owner: "hq-east", holder: "b-1", seconds: 30, onlyAfterOwner: true) == nil)
                // A standby does not take a sector nobody has held yet (its own instance may be starting).
                #expect(try await log.claim(sector: "imjin", owner: "hq-east", holder: "b-1", seconds: 30, onlyAfterOwner: true) == nil)
                #expect(try await log.leases().map(\.sector) == ["cheorwon"], "the refused standby claim left no row")

                // A writes through its fence while it holds the sector.
                let run: RunID = "cheorwon-watch"
                let fencedA = SectorEventLog(log: log, lease: a)
                #expect(try await fencedA.append(Self.notes(run, 1...2)) == 2)

                // A renews, recording its progress, then lets the lease run short and stops renewing.
                let renewed = try #require(try await log.renew(a, seconds: 30, feedTime: 120, lastSequence: 2))
                #expect(renewed.epoch == 1 && renewed.holder == "a-1")
                #expect(renewed.feedTime == 120 && renewed.lastSequence == 2)
                let shortened = try #require(try await log.renew(renewed, seconds: 0.3, feedTime: 121, lastSequence: 2))
                #expect(shortened.expiresIn <= 0.3)
                try await Task.sleep(for: .milliseconds(500))
                #expect(try await log.leases().first?.hasExpired == true)

                // Run out: B (a standby) takes it over, epoch 2.
                let b = try #require(
                    try await log.claim(sector: "cheorwon", owner: "hq-east", holder: "b-1", seconds: 30, onlyAfterOwner: true))
                #expect(b.owner == "hq-east" && b.holder == "b-1")
                #expect(b.epoch == 2)
                #expect(!b.hasExpired)
                #expect(b.feedTime == nil && b.lastSequence == 0, "the new holder's watch has yet to re-derive the sector")

                // A has lost it: its renewal says so, and A cannot take it back while B's lease is live.
                #expect(try await log.renew(shortened, seconds: 30, feedTime: 122, lastSequence: 2) == nil)
                #expect(try await log.renew(a, seconds: 30, feedTime: 122, lastSequence: 2) == nil)
                #expect(try await log.claim(sector: "cheorwon", owner: "hq-west", holder: "a-1", seconds: 30, onlyAfterOwner: false) == nil)

                // A's fenced append (A paused past its lease) is refused and stores nothing.
                let refused = try #require(await Self.refusal(appending: Self.notes(run, 3...4), to: fencedA))
                #expect(refused.code == .conflict, "\(refused)")
                #expect(refused.detail.contains("cheorwon"), "\(refused)")
                #expect(try await log.lastSequence(run: run) == 2)
                #expect(try await log.count() == 2)

                // B's fenced append goes through.
                let fencedB = SectorEventLog(log: log, lease: b)
                #expect(try await fencedB.append(Self.notes(run, 3...4)) == 2)
                #expect(try await log.events(run: run) == Self.notes(run, 1...4))
                #expect(try await fencedB.events(run: run) == Self.notes(run, 1...4), "reads are the log's own")

                let now = try await log.leases()
                #expect(now.count == 1)
                #expect(now.first?.owner == "hq-east" && now.first?.holder == "b-1" && now.first?.epoch == 2)
            }
        }
    }

    @Test(.timeLimit(.minutes(5))) func aRestartedInstanceTakesItsOwnLiveSectorBackAtOnceAndFencesItsOldStart() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            try await withPostgresEventLog(url: url) { log in
                let old = try #require(
                    try await log.claim(sector: "imjin", owner: "hq-west", holder: "start-1", seconds: 60, onlyAfterOwner: false))
                #expect(old.epoch == 1)

                // The same holder claiming again renews: same epoch.
                let again = try #require(
                    try await log.claim(sector: "imjin", owner: "hq-west", holder: "start-1", seconds: 60, onlyAfterOwner: false))
                #expect(again.epoch == 1 && again.holder == "start-1")

                // hq-west starts again (a new holder) while its old lease is still live: taken back at once, epoch raised.
                let new = try #require(
                    try await log.claim(sector: "imjin", owner: "hq-west", holder: "start-2", seconds: 60, onlyAfterOwner: false))
                #expect(new.owner == "hq-west" && new.holder == "start-2")
                #expect(new.epoch == 2)
                #expect(!new.hasExpired)

                // The old start, if still alive, is fenced off.
                #expect(try await log.renew(old, seconds: 60, feedTime: nil, lastSequence: 0) == nil)
                let run: RunID = "imjin-watch"
                let refused = try #require(await Self.refusal(appending: Self.notes(run, 1...3), to: SectorEventLog(log: log, lease: old)))
                #expect(refused.code == .conflict, "\(refused)")
                #expect(try await log.lastSequence(run: run) == 0)
                #expect(try await log.runs().isEmpty)
                #expect(try await SectorEventLog(log: log, lease: new).append(Self.notes(run, 1...3)) == 3)

                // Another owner still cannot take it.
                #expect(try await log.claim(sector: "imjin", owner: "hq-east", holder: "b-1", seconds: 60, onlyAfterOwner: false) == nil)
                // A standby start of the same owner also takes it back (it is the owner's).
                let third = try #require(
                    try await log.claim(sector: "imjin", owner: "hq-west", holder: "start-3", seconds: 60, onlyAfterOwner: true))
                #expect(third.epoch == 3)
            }
        }
    }

    @Test(.timeLimit(.minutes(5))) func releaseLetsTheLeaseRunOutAtOnceAndLeasesListsEverySector() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            try await withPostgresEventLog(url: url) { log in
                #expect(try await log.leases().isEmpty)
                _ = try #require(
                    try await log.claim(sector: "western-han-estuary-jsa", owner: "hq-west", holder: "w-1", seconds: 60, onlyAfterOwner: false))
                let cheorwon = try #require(
                    try await log.claim(sector: "cheorwon", owner: "hq-east", holder: "e-1", seconds: 60, onlyAfterOwner: false))
                let goseong = try #require(
                    try await log.claim(sector: "eastern-goseong", owner: "hq-east", holder: "e-1", seconds: 60, onlyAfterOwner: false))
                _ = try #require(try await log.renew(goseong, seconds: 60, feedTime: 42.5, lastSequence: 17))

                let listed = try await log.leases()
                #expect(listed.map(\.sector) == ["cheorwon", "eastern-goseong", "western-han-estuary-jsa"], "by sector")
                #expect(listed.map(\.owner) == ["hq-east", "hq-east", "hq-west"])
                #expect(listed.allSatisfy { $0.epoch == 1 && !$0.hasExpired && $0.heldFor >= 0 })
                let g = try #require(listed.first { $0.sector == "eastern-goseong" })
                #expect(g.feedTime == 42.5 && g.lastSequence == 17)
                #expect(listed.first { $0.sector == "cheorwon" }?.feedTime == nil)

                // A clean stop: the lease runs out at once, so a standby need not wait.
                try await log.release(cheorwon)
                let released = try #require(try await log.leases().first { $0.sector == "cheorwon" })
                #expect(released.hasExpired, "\(released.expiresIn)")
                #expect(released.owner == "hq-east" && released.epoch == 1)
                let standby = try #require(
                    try await log.claim(sector: "cheorwon", owner: "hq-west", holder: "w-1", seconds: 60, onlyAfterOwner: true))
                #expect(standby.epoch == 2 && standby.owner == "hq-west")

                // Releasing a lease that has already passed on changes nothing.
                try await log.release(cheorwon)
                let after = try await log.leases()
                #expect(after.first { $0.sector == "cheorwon" }.map { !$0.hasExpired && $0.holder == "w-1" } == true)
                #expect(after.first { $0.sector == "western-han-estuary-jsa" }?.hasExpired == false)
            }
        }
    }
}
