public import Border
public import GuidepostCore
public import Operations
import Tracking

/// One sector's share of a feed: the scans of `base` with only the detections that fall in the
/// sector (`SectorPartition`) or within `apron` metres of it along the MDL, for the engine that
/// watches that sector. The apron lets a person near a boundary be tracked whole on both sides;
/// the engine leaves a neighbour's tracks to the neighbour (`OperationsConfiguration.ownStretch`). The scans themselves,
/// field reports and blue-force positions pass unchanged (a team's position matters to every
/// sector's picture; a report is placed by the engine). Commands go to `base`.
///
/// Each sector's engine gets its own feed over its own reading of the source, so sectors run
/// independently and a sector re-derived on another instance after a failover sees exactly the
/// detections it saw before.
public final class SectorFeed<Base: WatchFeed>: WatchFeed {
    /// The feed split.
    public let base: Base
    /// The sector kept.
    public let sector: SectorID
    let partition: SectorPartition
    /// Metres beyond the sector's stretch whose detections are kept too (0: the sector alone).
    public let apron: Double
    /// What this sector's share has passed on (`health.detections` counts the sector's detections only).
    public private(set) var kept = FeedHealth()

    /// The share of `base`'s detections that `partition` puts in `sector`, or within `apron`
    /// metres of it.
    public init(_ base: sending Base, sector: SectorID, partition: SectorPartition, apron: Double = 0) {
        self.base = base
        self.sector = sector
        self.partition = partition
        self.apron = max(0, apron)
    }

    public func nextScan(isolation: isolated (any Actor)? = #isolation) async -> FieldScan? {
        guard var scan = await base.nextScan(isolation: isolation) else { return nil }
        var detections: [Detection] = []
        var kinds: [SensorKind] = []
        for (k, d) in scan.detections.enumerated()
        where apron > 0 ? partition.feeds(sector, d.position, apron: apron) : partition.sector(of: d.position) == sector {
            detections.append(d)
            if k < scan.kinds.count { kinds.append(scan.kinds[k]) }
        }
        scan.detections = detections
        scan.kinds = kinds
        kept.scans += 1
        kept.detections += detections.count
        return scan
    }

    public func carryOut(_ command: FieldCommand) { base.carryOut(command) }

    /// The source's health (lines read, refused, late …), with the sector's own counts of scans and detections.
    public var health: FeedHealth {
        var h = base.health
        h.scans = kept.scans
        h.detections = kept.detections
        return h
    }
}
