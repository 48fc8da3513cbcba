public import Border
public import GuidepostCore

/// Which sector a point belongs to, for splitting one border's detections between the engines
/// that watch its sectors (`guidepost serve --sectors`): each point goes to exactly one sector,
/// the one whose stretch of the MDL holds the point's along-border coordinate `s`. A point
/// beyond the line's ends belongs to the end sector, and a point exactly on a boundary to the
/// western sector (`BorderModel.sector(at:)`), so no detection is dropped and none is counted twice.
public struct SectorPartition: Sendable {
    /// The border whose sectors partition the points.
    public let border: BorderModel

    /// The partition of `border`'s sectors.
    public init(border: BorderModel) {
        self.border = border
    }

    /// Whether `p` is in `sector`'s stretch of the MDL or within `apron` metres of it along the
    /// line (the end sectors reach on beyond the line's ends): what that sector's engine is fed,
    /// so a person near a boundary is seen whole by the engine whose business he is.
    public func feeds(_ sector: SectorID, _ p: Point, apron: Double) -> Bool {
        guard let k = border.sectors.firstIndex(where: { $0.id == sector }) else { return false }
        let stretch = ownStretch(of: k)
        let s = border.line.alongBorder(p).s
        return s >= stretch.lowerBound - apron && s <= stretch.upperBound + apron
    }

    /// The stretch of the MDL (`s`, metres) sector `id` answers for: its own, open-ended at the
    /// line's two ends (a point beyond an end belongs to the end sector). Nil for an unknown sector.
    public func stretch(of id: SectorID) -> ClosedRange<Double>? {
        border.sectors.firstIndex(where: { $0.id == id }).map(ownStretch(of:))
    }

    func ownStretch(of k: Int) -> ClosedRange<Double> {
        let sector = border.sectors[k]
        let lower = k == 0 ? -Double.infinity : sector.s.lowerBound
        let upper = k == border.sectors.count - 1 ? Double.infinity : sector.s.upperBound
        return lower...upper
    }

    /// The sector `p` belongs to; nil only for a border with no sectors.
    public func sector(of p: Point) -> SectorID? {
        guard let first = border.sectors.first, let last = border.sectors.last else { return nil }
        let s = border.line.alongBorder(p).s
        let clamped = Swift.min(Swift.max(s, first.s.lowerBound), last.s.upperBound)
        return (border.sector(at: clamped) ?? last).id
    }
}
