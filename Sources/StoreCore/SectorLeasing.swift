/// Sector ownership kept in a shared store, so that several watch instances split the border
/// between them with one owner per sector, and a standby takes a sector over when its owner
/// stops renewing (`guidepost serve --instance --sectors --standby-for`). Times are the store's
/// own clock, so instances need not agree on the time.
public protocol SectorLeasing: Sendable {
    /// Takes `sector` for instance `owner` (this start of it: `holder`) for `seconds`: granted
    /// when nobody holds it, when its lease has run out, or when `owner` holds it already (the
    /// same holder: renewed; a new start of the instance: taken back at once, the epoch raised
    /// so the old start is fenced off). With
    /// `onlyAfterOwner` (a standby) a sector nobody has ever held is not taken: its own
    /// instance may just be starting.
    /// - Returns: the lease, or nil when another owner holds it.
    func claim(sector: String, owner: String, holder: String, seconds: Double, onlyAfterOwner: Bool) async throws(StoreError) -> SectorLease?
    /// Extends `lease` by `seconds` from now and records how far the watch has come.
    /// - Returns: the renewed lease, or nil when the sector has another owner or epoch now
    ///   (it was lost: stop watching it).
    func renew(_ lease: SectorLease, seconds: Double, feedTime: Double?, lastSequence: Int) async throws(StoreError) -> SectorLease?
    /// Gives the sector up at once (a clean stop), so a standby need not wait for it to run out.
    func release(_ lease: SectorLease) async throws(StoreError)
    /// Every sector's lease, by sector.
    func leases() async throws(StoreError) -> [SectorLease]
}
