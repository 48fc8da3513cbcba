/// Who watches a sector now, as the shared store records it: one owner at a time, for a
/// limited time the owner keeps renewing (`SectorLeasing`). When an instance dies its leases
/// run out and a standby may claim them; the `epoch` rises with every change of holder, so a
/// write fenced by an old epoch (an instance that was paused past its lease) is refused.
public struct SectorLease: Hashable, Sendable {
    /// The sector's id (`cheorwon`).
    public var sector: String
    /// The instance holding it (`--instance`).
    public var owner: String
    /// This start of that instance (a random token): an instance started again under the same
    /// name is another holder, so its old self, if still alive, is fenced off.
    public var holder: String
    /// Counts the sector's owners: 1 for the first, one more at each change of owner.
    public var epoch: Int
    /// Seconds until the lease runs out, by the store's clock (negative: it has run out).
    public var expiresIn: Double
    /// Seconds since the owner took the sector (by the store's clock).
    public var heldFor: Double
    /// How far the owner's watch of the sector has come: feed time (seconds from the run's
    /// start) and the last event it committed, as of its last renewal.
    public var feedTime: Double?
    public var lastSequence: Int

    public init(
        sector: String, owner: String, holder: String, epoch: Int, expiresIn: Double, heldFor: Double, feedTime: Double? = nil, lastSequence: Int = 0
    ) {
        self.sector = sector
        self.owner = owner
        self.holder = holder
        self.epoch = epoch
        self.expiresIn = expiresIn
        self.heldFor = heldFor
        self.feedTime = feedTime
        self.lastSequence = lastSequence
    }

    /// The lease has run out (its owner stopped renewing it).
    public var hasExpired: Bool { expiresIn < 0 }
}
