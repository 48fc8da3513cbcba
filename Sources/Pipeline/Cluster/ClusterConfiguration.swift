/// What one watch instance of a cluster is (`guidepost serve --instance --sectors --standby-for`):
/// its name, the sectors it watches, those it takes over when their owner dies, and how long a
/// lease lasts without renewal.
public struct ClusterConfiguration: Sendable, Hashable {
    /// The instance's name, as leases and `guidepost cluster status` show it (`hq-west`).
    public var instance: String
    /// This start of the instance (random): a restart under the same name is a new holder.
    public var holder: String
    /// Sectors this instance watches from its start (claimed at once when free).
    public var sectors: [String]
    /// Sectors it takes over only when their owner's lease has run out.
    public var standbyFor: [String]
    /// Seconds a lease lasts without renewal: how long a dead instance's sectors wait (default 6).
    public var leaseSeconds: Double
    /// Seconds between renewals and standby checks (default a third of the lease, at most 1 s).
    public var tick: Double

    public init(instance: String, holder: String, sectors: [String], standbyFor: [String] = [], leaseSeconds: Double = 6) {
        self.instance = instance
        self.holder = holder
        self.sectors = sectors
        self.standbyFor = standbyFor.filter { !sectors.contains($0) }
        self.leaseSeconds = leaseSeconds
        tick = min(1, leaseSeconds / 3)
    }
}
