public import GuidepostCore
public import Operations
public import StoreCore

/// A sector's log as a cluster instance's watch of it writes: fenced by the sector's lease, so
/// every append checks, in its own transaction, that the lease (holder and epoch) is the
/// sector's lease now — an instance paused past its lease, or cut off from the others, cannot
/// write a single event after a standby has taken its sector over. Unarmed (no lease: a hot
/// standby shadowing the sector's owner) it writes nothing; the owner writes, and the shadow
/// only follows the log until a takeover arms it. Reads are the shared log's.
public actor SectorEventLog: EventLog {
    /// The shared log.
    public nonisolated let log: PostgresEventLog
    /// The lease appends are fenced by; nil while shadowing (appends are dropped: the owner's
    /// log already holds, or will hold, the same events).
    public private(set) var lease: SectorLease?

    public init(log: PostgresEventLog, lease: SectorLease? = nil) {
        self.log = log
        self.lease = lease
    }

    /// Starts writing, fenced by `lease` (the sector was just taken over).
    public func arm(_ lease: SectorLease) { self.lease = lease }

    @discardableResult
    public func append(_ events: [OperationsEvent]) async throws(StoreError) -> Int {
        guard let lease else { return 0 }
        return try await log.append(events, fence: lease)
    }
    public func events(run: RunID) async throws(StoreError) -> [OperationsEvent] { try await log.events(run: run) }
    public func events(incident: IncidentID) async throws(StoreError) -> [OperationsEvent] { try await log.events(incident: incident) }
    public func runs() async throws(StoreError) -> [RunID] { try await log.runs() }
    public func lastSequence(run: RunID) async throws(StoreError) -> Int { try await log.lastSequence(run: run) }
}
