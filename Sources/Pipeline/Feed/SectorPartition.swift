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

    /// The sector `p` belongs to; nil only for a border with no sectors.
    public func sector(of p: Point) -> SectorID? {
        guard let first = border.sectors.first, let last = border.sectors.last else { return nil }
        let s = border.line.alongBorder(p).s
        let clamped = Swift.min(Swift.max(s, first.s.lowerBound), last.s.upperBound)
        return (border.sector(at: clamped) ?? last).id
    }
}
