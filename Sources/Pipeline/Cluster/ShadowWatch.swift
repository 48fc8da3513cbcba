public import StoreCore

/// A hot standby's watch of a sector another instance owns (`ClusterMember`): it plays the
/// sector alongside its owner, following the owner's committed log and writing nothing, so that
/// on a takeover it goes on from near where the owner stopped instead of re-deriving the sector
/// from its start.
public struct ShadowWatch: Sendable {
    /// The watch (a `WatchSession` started as a shadow).
    public let watch: SectorWatch
    /// Arms the watch's log with the lease just taken and stops shadowing; false when the
    /// watch is over (the sector is then started afresh).
    public let promote: @Sendable (SectorLease) async -> Bool

    public init(watch: SectorWatch, promote: @escaping @Sendable (SectorLease) async -> Bool) {
        self.watch = watch
        self.promote = promote
    }
}
