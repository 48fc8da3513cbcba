public import StoreCore

/// One watch instance in a cluster of instances sharing one store: it claims the sectors it
/// watches with leases (`SectorLeasing`), plays a watch per sector it holds, renews the leases
/// while it lives, and takes over a standby sector when that sector's owner stops renewing.
///
/// A sector taken over is re-derived by the new owner from the same feed and the committed log
/// (the store skips the events it already holds, and logged decisions are re-applied at their
/// place), so the consoles show the same alerts and incidents as before the owner died. Each
/// watch writes through a log fenced by its lease: once the sector has passed to another
/// holder, its old watch is cancelled and could write nothing more for it anyway.
///
/// A watch that stops on an error (the store gone past its failover time) is started again at
/// the next tick; a lease that cannot be renewed because the store is away is kept as long as
/// the store does not say it has passed on.
public actor ClusterMember {
    public let configuration: ClusterConfiguration
    let leases: any SectorLeasing
    let start: @Sendable (SectorLease) async throws -> SectorWatch
    let publish: (@Sendable (SectorLease, WatchFrame) async -> Void)?
    let news: @Sendable (ClusterNews) -> Void
    let shadow: (@Sendable (String) async throws -> ShadowWatch?)?

    struct Held {
        var lease: SectorLease
        var watch: SectorWatch
        var task: Task<Void, Never>
        var ended = false
        /// Names the watch's task (its end reports it).
        var token: Int
    }

    /// The shadows of the standby sectors not held (`ShadowWatch`), with their tasks.
    var shadows: [String: (shadow: ShadowWatch, task: Task<Void, Never>, token: Int, ended: Bool)] = [:]
    var nextToken = 0

    var held: [String: Held] = [:]
    /// How far each held sector's watch has come, as its last frame said (renewals record it).
    var progress: [String: (t: Double, lastEvent: Int)] = [:]
    /// Sectors whose watch stopped on an error, to be claimed and started again.
    var restarting: Set<String> = []
    var waitingNoted: [String: String] = [:]
    var began: ContinuousClock.Instant?

    /// - Parameters:
    ///   - leases: the shared store's leases.
    ///   - start: builds the watch of a sector for a lease just taken (its log fenced by it).
    ///   - publish: hands each held sector's latest frame on at every tick (for other instances' consoles).
    ///   - news: told of every change of ownership and every watch that stops.
    public init(
        configuration: ClusterConfiguration, leases: any SectorLeasing, start: @escaping @Sendable (SectorLease) async throws -> SectorWatch,
        publish: (@Sendable (SectorLease, WatchFrame) async -> Void)? = nil, news: @escaping @Sendable (ClusterNews) -> Void = { _ in },
        shadow: (@Sendable (String) async throws -> ShadowWatch?)? = nil
    ) {
        self.shadow = shadow
        self.configuration = configuration
        self.leases = leases
        self.start = start
        self.publish = publish
        self.news = news
    }

    /// The watches of the sectors held now, by sector (the console's view of this instance).
    public func controls() -> [String: any WatchControl] { held.mapValues(\.watch.control) }

    /// The leases held now, by sector.
    public func heldLeases() -> [String: SectorLease] { held.mapValues(\.lease) }

    /// True when every sector this instance holds has come to its feed's end (and it holds one),
    /// and no watch that stopped on an error is waiting to be started again.
    public func allEnded() -> Bool { !held.isEmpty && restarting.isEmpty && held.values.allSatisfy(\.ended) }

    /// Claims, renews and takes over until cancelled; then stops its watches and gives its
    /// leases up at once, so standbys need not wait for them to run out.
    public func run() async {
        began = ContinuousClock.now
        let pause = Duration.milliseconds(Int64(configuration.tick * 1000))
        // Pictures on a loop of their own: a watch busy for seconds in one step (planning a
        // guiding route over a wide area) answers for its frame late, and the renewals must not
        // wait for it, or a busy owner would lose its sectors to its standby.
        let pictures = Task { [weak self] in
            while !Task.isCancelled {
                await self?.refreshPictures()
                try? await Task.sleep(for: pause)
            }
        }
        while !Task.isCancelled {
            await tick()
            try? await Task.sleep(for: pause)
        }
        pictures.cancel()
        await pictures.value
        for (_, s) in shadows { s.task.cancel() }
        for (_, s) in shadows { await s.task.value }
        shadows = [:]
        // A last word on how far each watch came (in a task of its own: this one is cancelled),
        // so `guidepost cluster status` shows where the watches stopped.
        await Task { await self.refreshPictures(); await self.renewHeld() }.value
        for (_, h) in held { h.task.cancel() }
        let leases = self.leases
        for (_, h) in held {
            await h.task.value
            // In a task of its own: this one is cancelled, and a cancelled query does not run.
            let lease = h.lease
            await Task { try? await leases.release(lease) }.value
        }
        held = [:]
    }

    /// One round: renew what is held (dropping what was lost), publish the pictures, and claim
    /// what is free (own sectors) or has run out (standby sectors).
    func tick() async {
        await renewHeld()
        await claimFree()
        await keepShadows()
    }

    /// Starts a shadow of each standby sector neither held nor shadowed (a hot standby), when
    /// the instance makes shadows.
    func keepShadows() async {
        guard let shadow else { return }
        for sector in configuration.standbyFor where held[sector] == nil && shadows[sector] == nil {
            do {
                guard let s = try await shadow(sector) else { continue }
                let (task, token) = play(s.watch, of: sector)
                shadows[sector] = (s, task, token, false)
                news(.shadowing(sector: sector))
            } catch {
                news(.storeTrouble("could not start the shadow of sector \(sector): \(error)"))
            }
        }
    }

    /// Plays `watch` of `sector` in a task of its own, named by a new token: its end (at the
    /// feed's end, or on an error) is reported to `finished`.
    func play(_ watch: SectorWatch, of sector: String) -> (Task<Void, Never>, Int) {
        nextToken += 1
        let token = nextToken
        let task = Task { [weak self] in
            do {
                try await watch.play()
                await self?.finished(sector, token: token, error: nil)
            } catch {
                await self?.finished(sector, token: token, error: "\(error)")
            }
        }
        return (task, token)
    }

    /// Renews every lease held, recording each watch's progress; drops (and stops) what was lost.
    func renewHeld() async {
        let seconds = configuration.leaseSeconds
        let clock = ContinuousClock()
        let tickStart = clock.now
        var spent: [String: Duration] = ["renewals": .zero]
        for (sector, h) in held {
            do {
                let t0 = clock.now
                let progress = self.progress[sector]
                let renewed = try await leases.renew(
                    h.lease, seconds: seconds, feedTime: progress?.t, lastSequence: progress?.lastEvent ?? h.lease.lastSequence)
                spent["renewals", default: .zero] += clock.now - t0
                if let renewed {
                    held[sector]?.lease = renewed
                } else {
                    h.task.cancel()
                    held[sector] = nil
                    news(.lost(sector: sector))
                }
            } catch {
                news(.storeTrouble("could not renew sector \(sector): \(error)"))
            }
        }
        let took = clock.now - tickStart
        if took > .milliseconds(Int64(seconds * 1000 / 2)) {
            news(.slow(seconds: Self.seconds(took), lease: seconds, parts: spent.mapValues(Self.seconds)))
        }
    }

    /// Claims the own sectors that are free and the standby sectors whose lease has run out,
    /// starting a watch for each sector taken.
    func claimFree() async {
        let seconds = configuration.leaseSeconds
        let elapsed = began.map { ContinuousClock.now - $0 } ?? .zero
        let ownerless = elapsed > .milliseconds(Int64(3 * seconds * 1000))
        for sector in configuration.sectors + configuration.standbyFor where held[sector] == nil {
            let standby = !configuration.sectors.contains(sector)
            let before: SectorLease?
            do {
                before = try await leases.leases().first { $0.sector == sector }
                guard
                    let lease = try await leases.claim(
                        sector: sector, owner: configuration.instance, holder: configuration.holder, seconds: seconds,
                        onlyAfterOwner: standby && !ownerless)
                else {
                    restarting.remove(sector)
                    if let owner = before?.owner, waitingNoted[sector] != owner {
                        waitingNoted[sector] = owner
                        news(.waiting(sector: sector, owner: owner))
                    }
                    continue
                }
                waitingNoted[sector] = nil
                if let s = shadows.removeValue(forKey: sector) {
                    if !s.ended, await s.shadow.promote(lease) {
                        held[sector] = Held(lease: lease, watch: s.shadow.watch, task: s.task, token: s.token)
                        news(.promoted(sector: sector))
                    } else {
                        s.task.cancel()
                    }
                }
                if held[sector] == nil {
                    let watch = try await start(lease)
                    let (task, token) = play(watch, of: sector)
                    held[sector] = Held(lease: lease, watch: watch, task: task, token: token)
                }
                progress[sector] = nil
                restarting.remove(sector)
                let from = before.flatMap { $0.holder != lease.holder ? $0.owner : nil }
                news(.took(sector: sector, epoch: lease.epoch, from: from == configuration.instance ? nil : from))
            } catch {
                news(.storeTrouble("could not claim sector \(sector): \(error)"))
            }
        }
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    /// Takes each held sector's latest frame: its progress for the renewals, its picture for
    /// the other instances' consoles.
    func refreshPictures() async {
        for (sector, h) in held {
            let frame = await h.watch.control.current()
            guard let lease = held[sector]?.lease, lease.holder == h.lease.holder, lease.epoch == h.lease.epoch else { continue }
            progress[sector] = (frame.t, frame.lastEvent)
            if let publish { await publish(lease, frame) }
        }
    }

    /// A sector's watch returned: at the feed's end it stays held (and renewed); on an error it
    /// is dropped, to be claimed and started again at the next tick.
    func finished(_ sector: String, token: Int, error: String?) {
        if let s = shadows[sector], s.token == token {
            // A shadow that stopped on an error is started again at the next tick; one at the
            // feed's end stays (a takeover then starts the sector afresh).
            if error == nil { shadows[sector]?.ended = true } else { shadows[sector] = nil }
            return
        }
        guard let h = held[sector], h.token == token, !Task.isCancelled else { return }
        guard let error else {
            held[sector]?.ended = true
            news(.ended(sector: sector))
            return
        }
        if h.task.isCancelled { return }
        held[sector] = nil
        restarting.insert(sector)
        news(.failed(sector: sector, reason: error))
    }
}
