import Operations
import StoreCore
import Testing

@testable import Pipeline

/// `ClusterMember` (issue 20) against leases kept in memory with the same rules as the
/// PostgreSQL table: each instance takes its own sectors, a standby waits while the owner
/// renews, takes the sector over once the owner's lease runs out (an instance cut off from the
/// store, as a kill -9 looks to the others), and the cut-off owner, back in touch, finds the
/// sector lost and stops its watch of it. A clean stop gives the leases up at once.
@Suite struct ClusterMemberTests {
    /// Sector leases in memory, by the rules of `PostgresLeases`, on a clock of their own: the
    /// store's clock, which real time moves (`manual: false`) or only the test (`advance`). An
    /// owner can be cut off (its calls fail as if the store were unreachable).
    actor MemoryLeases: SectorLeasing {
        struct Row {
            var owner: String
            var holder: String
            var epoch: Int
            var expires: Double
            var acquired: Double
        }

        var rows: [String: Row] = [:]
        var cutOff: Set<String> = []
        let manual: Bool
        let start = ContinuousClock.now
        var manualNow = 0.0

        init(manual: Bool = false) { self.manual = manual }

        var now: Double { manual ? manualNow : Self.seconds(ContinuousClock.now - start) }
        func advance(_ seconds: Double) { manualNow += seconds }
        func cut(_ owner: String) { cutOff.insert(owner) }
        func restore(_ owner: String) { cutOff.remove(owner) }

        func lease(_ sector: String, _ r: Row) -> SectorLease {
            SectorLease(sector: sector, owner: r.owner, holder: r.holder, epoch: r.epoch, expiresIn: r.expires - now, heldFor: now - r.acquired)
        }

        static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

        func refuseIfCut(_ owner: String) throws(StoreError) {
            if cutOff.contains(owner) { throw StoreError(.unavailable, "\(owner) is cut off from the store") }
        }

        func claim(sector: String, owner: String, holder: String, seconds: Double, onlyAfterOwner: Bool) async throws(StoreError)
            -> SectorLease?
        {
            try refuseIfCut(owner)
            let now = self.now
            let until = now + seconds
            guard var r = rows[sector] else {
                guard !onlyAfterOwner else { return nil }
                let r = Row(owner: owner, holder: holder, epoch: 1, expires: until, acquired: now)
                rows[sector] = r
                return lease(sector, r)
            }
            guard r.holder == holder || r.owner == owner || r.expires < now else { return nil }
            if r.holder != holder {
                r.epoch += 1
                r.acquired = now
            }
            r.owner = owner
            r.holder = holder
            r.expires = until
            rows[sector] = r
            return lease(sector, r)
        }

        func renew(_ l: SectorLease, seconds: Double, feedTime: Double?, lastSequence: Int) async throws(StoreError) -> SectorLease? {
            try refuseIfCut(l.owner)
            guard var r = rows[l.sector], r.holder == l.holder, r.epoch == l.epoch else { return nil }
            r.expires = now + seconds
            rows[l.sector] = r
            return lease(l.sector, r)
        }

        func release(_ l: SectorLease) async throws(StoreError) {
            try refuseIfCut(l.owner)
            guard var r = rows[l.sector], r.holder == l.holder, r.epoch == l.epoch else { return }
            r.expires = now - 0.001
            rows[l.sector] = r
        }

        func leases() async throws(StoreError) -> [SectorLease] {
            rows.keys.sorted().map { lease($0, rows[$0]!) }
        }
    }

    /// A sector's watch that plays until cancelled, counting its starts and stops.
    actor Watches {
        var started: [String] = []
        var stopped: [String] = []
        func start(_ who: String) { started.append(who) }
        func stop(_ who: String) { stopped.append(who) }
    }

    /// The console side of a stub watch: a frame, nothing else.
    struct StubControl: WatchControl {
        func current() async -> WatchFrame {
            WatchFrame(frame: 1, t: 0, clock: nil, fedAt: 0, ended: false, tracks: [], teams: [], blueForce: [], alerts: [], incidents: [], lastEvent: 0)
        }
        func frames(buffer: Int) async -> AsyncStream<WatchFrame> { AsyncStream { $0.finish() } }
        func answer(alert: String, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String)
            async throws(WatchError) -> WatchFrame
        { throw .unknown(alert) }
        func approveDispatch(incident: String, by user: String, role: String, reason: String) async throws(WatchError) -> WatchFrame {
            throw .unknown(incident)
        }
        func events(after: Int, limit: Int) async throws(WatchError) -> [OperationsEvent] { [] }
        func reports(incident: String) async throws(WatchError) -> [String: ReportDocument] { [:] }
        func playback(_ command: PlaybackCommand) async throws(WatchError) -> WatchFrame { await current() }
    }

    static func member(_ name: String, own: [String], standby: [String], leases: MemoryLeases, watches: Watches) -> ClusterMember {
        ClusterMember(
            configuration: ClusterConfiguration(instance: name, holder: "\(name)-start", sectors: own, standbyFor: standby, leaseSeconds: 0.6),
            leases: leases,
            start: { lease in
                let who = "\(name):\(lease.sector)#\(lease.epoch)"
                return SectorWatch(control: StubControl()) {
                    await watches.start(who)
                    while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) }
                    await watches.stop(who)
                }
            })
    }

    /// Waits (up to `limit` seconds) until `condition` holds.
    static func eventually(_ limit: Double = 10, _ condition: () async -> Bool) async -> Bool {
        let end = ContinuousClock.now + .milliseconds(Int64(limit * 1000))
        while ContinuousClock.now < end {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return await condition()
    }

    /// Driven tick by tick on the store's own clock, so the test does not depend on how fast a
    /// loaded machine runs it.
    @Test func aStandbyTakesOverWhenTheOwnerStopsRenewingAndTheOwnerStopsItsWatch() async throws {
        let leases = MemoryLeases(manual: true), watches = Watches()
        let west = Self.member("hq-west", own: ["imjin"], standby: ["cheorwon"], leases: leases, watches: watches)
        let central = Self.member("hq-central", own: ["cheorwon"], standby: [], leases: leases, watches: watches)
        await central.tick()
        await west.tick()
        #expect(await west.heldLeases().keys.sorted() == ["imjin"])
        #expect(await central.heldLeases().keys.sorted() == ["cheorwon"])
        // Several lease times pass, both renewing: the standby does not take a renewed sector.
        for _ in 0..<10 {
            await leases.advance(0.3)
            await central.tick()
            await west.tick()
        }
        #expect(await west.heldLeases().keys.sorted() == ["imjin"])
        #expect(try await leases.leases().first { $0.sector == "cheorwon" }?.owner == "hq-central")

        // hq-central is cut off: it cannot renew; once its lease (0.6 s) has run out hq-west takes cheorwon, epoch 2.
        await leases.cut("hq-central")
        await leases.advance(0.3)
        await central.tick()
        await west.tick()
        #expect(await west.heldLeases()["cheorwon"] == nil, "not before the lease has run out")
        await leases.advance(0.4)
        await central.tick()
        await west.tick()
        #expect(await west.heldLeases()["cheorwon"]?.epoch == 2)
        #expect(await Self.eventually(60) { await watches.started.contains("hq-west:cheorwon#2") })
        // Still cut off, hq-central keeps watching (it cannot know yet) …
        #expect(await central.heldLeases()["cheorwon"] != nil)
        // … and once back in touch it learns the sector is lost and stops its watch of it.
        await leases.restore("hq-central")
        await central.tick()
        #expect(await central.heldLeases().isEmpty)
        #expect(await Self.eventually(60) { await watches.stopped.contains("hq-central:cheorwon#1") })
        // It does not take its own sector back while the standby holds it.
        for _ in 0..<5 {
            await leases.advance(0.3)
            await west.tick()
            await central.tick()
        }
        #expect(try await leases.leases().first { $0.sector == "cheorwon" }?.owner == "hq-west")
        #expect(await central.heldLeases().isEmpty)
    }

    @Test func aCleanStopGivesTheLeasesUpAtOnce() async throws {
        let leases = MemoryLeases(), watches = Watches()
        let member = Self.member("hq-east", own: ["imjin", "cheorwon"], standby: [], leases: leases, watches: watches)
        let run = Task { await member.run() }
        #expect(await Self.eventually(60) { await member.heldLeases().count == 2 })
        run.cancel()
        await run.value
        let after = try await leases.leases()
        #expect(after.count == 2)
        #expect(after.allSatisfy { $0.hasExpired }, "released, not left to run out")
        #expect(await watches.stopped.sorted() == ["hq-east:cheorwon#1", "hq-east:imjin#1"])
    }

    @Test func aStandbyDoesNotTakeASectorNobodyHasHeldUntilThreeLeaseTimesHavePassed() async throws {
        let leases = MemoryLeases(), watches = Watches()
        let standby = Self.member("national", own: [], standby: ["eastern-goseong"], leases: leases, watches: watches)
        let run = Task { await standby.run() }
        defer { run.cancel() }
        try await Task.sleep(for: .milliseconds(900))
        #expect(await standby.heldLeases().isEmpty, "its owner may just be starting")
        #expect(await Self.eventually(60) { await standby.heldLeases()["eastern-goseong"]?.epoch == 1 })
    }

    /// A hot standby (`shadow`): it keeps a shadow of each standby sector it does not hold, and
    /// a takeover promotes that shadow (armed with the new lease) instead of starting a watch
    /// from the sector's start; a shadow that cannot be promoted (over) is replaced by a fresh
    /// start. After the sector is lost again, a new shadow follows.
    @Test func aHotStandbyPromotesItsShadowAtATakeover() async throws {
        let leases = MemoryLeases(manual: true), watches = Watches()
        actor Promotions {
            var promoted: [String] = []
            var shadows = 0
            func note(_ s: String) { promoted.append(s) }
            func made() { shadows += 1 }
        }
        let promotions = Promotions()
        let west = ClusterMember(
            configuration: ClusterConfiguration(instance: "hq-west", holder: "w", sectors: ["imjin"], standbyFor: ["cheorwon"], leaseSeconds: 0.6),
            leases: leases,
            start: { lease in
                let who = "hq-west:\(lease.sector)#\(lease.epoch)"
                return SectorWatch(control: StubControl()) {
                    await watches.start(who)
                    while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) }
                    await watches.stop(who)
                }
            },
            shadow: { sector in
                await promotions.made()
                let n = await promotions.shadows
                return ShadowWatch(
                    watch: SectorWatch(control: StubControl()) {
                        await watches.start("shadow:\(sector)/\(n)")
                        while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) }
                        await watches.stop("shadow:\(sector)/\(n)")
                    },
                    promote: { lease in
                        await promotions.note("\(lease.sector)#\(lease.epoch) by shadow \(n)")
                        return true
                    })
            })
        let central = Self.member("hq-central", own: ["cheorwon"], standby: [], leases: leases, watches: watches)
        await central.tick()
        await west.tick()
        #expect(await promotions.shadows == 1, "a shadow of the standby sector, not held")
        #expect(await Self.eventually(60) { await watches.started.contains("shadow:cheorwon/1") })
        await leases.cut("hq-central")
        await leases.advance(0.7)
        await central.tick()
        await west.tick()
        #expect(await west.heldLeases()["cheorwon"]?.epoch == 2)
        #expect(await promotions.promoted == ["cheorwon#2 by shadow 1"])
        #expect(!(await watches.started.contains("hq-west:cheorwon#2")), "the shadow went on: no fresh start")
        #expect(await west.controls()["cheorwon"] != nil)
        // hq-west is cut off in turn; hq-central, back under a new start, takes its sector back
        // once that lease has run out; hq-west, back in touch, stops its promoted shadow, and a
        // new shadow follows the owner again.
        await leases.restore("hq-central")
        await leases.cut("hq-west")
        await leases.advance(0.7)
        let back = ClusterMember(
            configuration: ClusterConfiguration(instance: "hq-central", holder: "c2", sectors: ["cheorwon"], standbyFor: [], leaseSeconds: 0.6),
            leases: leases, start: { _ in SectorWatch(control: StubControl()) { while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) } } })
        await back.tick()
        #expect(await back.heldLeases()["cheorwon"]?.epoch == 3)
        await leases.restore("hq-west")
        await west.tick()
        #expect(await west.heldLeases()["cheorwon"] == nil)
        #expect(await Self.eventually(60) { await watches.stopped.contains("shadow:cheorwon/1") })
        #expect(await promotions.shadows == 2)
    }
}
