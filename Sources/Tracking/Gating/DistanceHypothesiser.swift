import GuidepostCore

/// Gates every track against a scan's detections with a χ² gate on the Mahalanobis distance,
/// using a `SpatialGrid` so the cost grows with tracks × detections-per-gate, not
/// tracks × detections (Stone Soup's `DistanceHypothesiser` with a gater).
///
/// The Euclidean pre-filter radius is √(γ · (λ_max(P_pos) + λ_max(R))) plus a margin: every
/// detection inside the χ² ellipse lies within it.
/// - Complexity: O(n log n + T (c log n + k)) for n detections, T tracks, k candidates per gate.
public struct DistanceHypothesiser<TrackUpdater: Updater>: Hypothesiser {
    public var updater: TrackUpdater
    public var gate: ChiSquareGate
    /// Edge of a grid cell in metres.
    public var cellSize: Double

    public init(updater: TrackUpdater, gate: ChiSquareGate = ChiSquareGate(probability: 0.999), cellSize: Double = 250) {
        self.updater = updater
        self.gate = gate
        self.cellSize = cellSize
    }

    public func hypothesise(_ predicted: [TrackUpdater.State], _ detections: [Detection]) -> HypothesisTable {
        var rowStart = [Int]()
        rowStart.reserveCapacity(predicted.count + 1)
        var hypotheses = [Hypothesis]()
        hypotheses.reserveCapacity(predicted.count * 2)
        rowStart.append(0)
        if detections.isEmpty {
            rowStart.append(contentsOf: repeatElement(0, count: predicted.count))
            return HypothesisTable(trackCount: predicted.count, detectionCount: 0, hypotheses: [], rowStart: rowStart)
        }
        var positions = [Point]()
        positions.reserveCapacity(detections.count)
        var largestNoise = 0.0
        for d in detections {
            positions.append(d.position)
            largestNoise = max(largestNoise, Self.largestEigenvalue(d.covariance))
        }
        let grid = SpatialGrid(points: positions, cellSize: cellSize)
        var candidates = [Int]()
        for (t, state) in predicted.enumerated() {
            let g = state.gaussian
            let radius = gateRadius(g, largestNoise: largestNoise)
            candidates.removeAll(keepingCapacity: true)
            let centre = g.position
            grid.forEachCandidate(near: centre, radius: radius) { j in
                let p = positions[j]
                let dx = p.x - centre.x, dy = p.y - centre.y
                if dx * dx + dy * dy <= radius * radius { candidates.append(j) }
            }
            if candidates.count > 1 { candidates.sort() }
            for j in candidates {
                let s = updater.predictMeasurement(state, for: detections[j])
                let d2 = s.mahalanobisSquared(s.innovation(detections[j].measurementVector))
                guard d2 <= gate.threshold else { continue }
                hypotheses.append(
                    Hypothesis(
                        track: t, detection: j, mahalanobisSquared: d2,
                        logLikelihood: s.logLikelihood(mahalanobisSquared: d2), prediction: s))
            }
            rowStart.append(hypotheses.count)
        }
        return HypothesisTable(
            trackCount: predicted.count, detectionCount: detections.count, hypotheses: hypotheses, rowStart: rowStart)
    }

    /// A Euclidean radius around the predicted position outside which no detection can pass the
    /// χ² gate: √(γ · (λ_max(P_pos) + λ_max(R))) with a 5 % + 1 m margin.
    @inline(__always)
    func gateRadius(_ g: GaussianState, largestNoise: Double) -> Double {
        (gate.threshold * (Self.largestEigenvalue(g.positionCovariance) + largestNoise)).squareRoot() * 1.05 + 1
    }

    /// Of the tracks `members`, those whose gate bound reaches the bounding box of `detections`
    /// (the others would get no hypothesis): with many sensors each reporting a few detections
    /// in a corner of the area, each sensor's pass then costs O(T) comparisons, not T gatings.
    func reaching(_ detections: [Detection], among members: [Int], state: (Int) -> GaussianState) -> [Int] {
        guard let first = detections.first else { return [] }
        var (minX, maxX, minY, maxY) = (first.position.x, first.position.x, first.position.y, first.position.y)
        var largestNoise = 0.0
        for d in detections {
            minX = min(minX, d.position.x)
            maxX = max(maxX, d.position.x)
            minY = min(minY, d.position.y)
            maxY = max(maxY, d.position.y)
            largestNoise = max(largestNoise, Self.largestEigenvalue(d.covariance))
        }
        return members.filter { i in
            let g = state(i)
            let p = g.position
            let dx = max(minX - p.x, 0, p.x - maxX), dy = max(minY - p.y, 0, p.y - maxY)
            let r = gateRadius(g, largestNoise: largestNoise)
            return dx * dx + dy * dy <= r * r
        }
    }

    static func largestEigenvalue(_ c: Covariance2) -> Double {
        let m = 0.5 * (c.xx + c.yy), d = 0.5 * (c.xx - c.yy)
        return m + (d * d + c.xy * c.xy).squareRoot()
    }
}
