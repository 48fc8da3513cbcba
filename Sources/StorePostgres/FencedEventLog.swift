public import GuidepostCore
public import Operations
public import StoreCore

/// A PostgreSQL event log that writes only while a sector lease is still held: every append
/// checks, in its own transaction, that `lease` (holder and epoch) is the sector's lease now.
/// The watch of a sector in a cluster writes through one, so an instance that was paused past
/// its lease, or cut off from the others, cannot write a single event after a standby has taken
/// its sector over. Reads are the log's own.
public struct FencedEventLog: EventLog {
    /// The shared log.
    public let log: PostgresEventLog
    /// The lease every append is fenced by.
    public let lease: SectorLease

    public init(log: PostgresEventLog, lease: SectorLease) {
        self.log = log
        self.lease = lease
    }

    @discardableResult
    public func append(_ events: [OperationsEvent]) async throws(StoreError) -> Int { try await log.append(events, fence: lease) }
    public func events(run: RunID) async throws(StoreError) -> [OperationsEvent] { try await log.events(run: run) }
    public func events(incident: IncidentID) async throws(StoreError) -> [OperationsEvent] { try await log.events(incident: incident) }
    public func runs() async throws(StoreError) -> [RunID] { try await log.runs() }
    public func lastSequence(run: RunID) async throws(StoreError) -> Int { try await log.lastSequence(run: run) }
}
