public import Operations

/// How one sector's watch meets its neighbours through the shared store to hand incidents across
/// a sector boundary (issue 20), so that a person walking from one sector into the next keeps
/// one incident. The sending engine logs the hand-over in its own run; the receiving watch reads
/// it and its engine takes the incident on (`OperationsEngine.adopt`).
///
/// **Deterministic.** Before stepping a scan at feed time t, the watch takes on every hand-over
/// to its sector made at or before t − `lag`, after waiting until each neighbour's log is
/// complete through t − `lag` (a barrier on the neighbour's progress, which each watch records
/// every `progressEvery` feed seconds). So the same feed gives the same log in one process or
/// across instances, and a sector re-derived after a failover adopts at the same places. Two
/// neighbours never wait for each other: each has recorded its progress at most `progressEvery`
/// feed seconds before the scan it is at, far inside the lag.
///
/// **Live.** A neighbour that makes no progress for `patience` (its instance dead, its standby
/// not yet caught up) is not waited for longer: the watch goes on, and a hand-over that comes
/// late is taken on at the next scan after it is seen — logged, so a re-derivation applies it at
/// the same place. In real time the lag (two minutes) outlasts a neighbour's failover.
public struct SectorLink: Sendable {
    /// This watch's sector.
    public var sector: String
    /// The neighbouring sectors and their runs in the shared log.
    public var neighbours: [(sector: String, run: RunID)]
    /// Feed seconds between a hand-over and its taking on (the barrier's distance behind the scan).
    public var lag: Double
    /// How often (feed seconds) this watch records how far its log is complete.
    public var progressEvery: Double
    /// How long (wall seconds) a neighbour that makes no progress is waited for, and the most
    /// any one scan waits.
    public var patience: Double
    public var longestWait: Double
    /// Records that this sector's log is complete through a feed time (fenced by its lease).
    public var reached: @Sendable (Double) async throws -> Void
    /// How far a sector's log is complete (nil: nobody has said).
    public var progress: @Sendable (String) async throws -> Double?
    /// The hand-overs in a run after a sequence number.
    public var handovers: @Sendable (RunID, Int) async throws -> [(seq: Int, handover: IncidentHandover)]
    /// Told when a neighbour is given up on for a while, or comes back.
    public var news: @Sendable (String) -> Void
    /// For a hot standby's shadow of the sector (`WatchSession` with `shadow`): the decisions and
    /// incidents taken on in a run after a sequence number, with the run's last sequence number.
    public var stored: (@Sendable (RunID, Int) async throws -> (last: Int, inputs: [OperationsEvent]))?

    public init(
        sector: String, neighbours: [(sector: String, run: RunID)], lag: Double = 120, progressEvery: Double = 10, patience: Double = 10,
        longestWait: Double = 30, reached: @escaping @Sendable (Double) async throws -> Void,
        progress: @escaping @Sendable (String) async throws -> Double?,
        handovers: @escaping @Sendable (RunID, Int) async throws -> [(seq: Int, handover: IncidentHandover)],
        news: @escaping @Sendable (String) -> Void = { _ in },
        stored: (@Sendable (RunID, Int) async throws -> (last: Int, inputs: [OperationsEvent]))? = nil
    ) {
        self.stored = stored
        self.sector = sector
        self.neighbours = neighbours
        self.lag = lag
        self.progressEvery = progressEvery
        self.patience = patience
        self.longestWait = longestWait
        self.reached = reached
        self.progress = progress
        self.handovers = handovers
        self.news = news
    }
}
