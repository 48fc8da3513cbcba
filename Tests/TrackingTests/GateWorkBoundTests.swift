import GuidepostCore
import Testing
import Tracking

/// Issue 19: gating work must be bounded by the detections, not by the size of a gate. A few
/// detections with a covariance of 1e300 grew every gate to ~1e150 m, and a gating cell of
/// 1e-9 m made the same query walk ~10⁹ empty grid columns: `guidepost track` ran for minutes.
@Suite struct GateWorkBoundTests {
    /// Seconds `body` takes on the continuous clock.
    private func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    @Test func aHugeRadiusVisitsEveryPointOnceWithoutWalkingEmptyColumns() {
        // Points spread over 10 km in 250 m cells; a disc of 1e150 m covers them all.
        let points = (0..<50).map { origin + Vector2(Double($0) * 200, Double($0 % 7) * 150) }
        let grid = SpatialGrid(points: points, cellSize: 250)
        var seen: [Int] = []
        let t = seconds { grid.forEachCandidate(near: origin, radius: 1e150) { seen.append($0) } }
        #expect(Set(seen) == Set(0..<50), "every point is a candidate of a disc that covers them all")
        #expect(seen.count == 50, "each point once")
        #expect(t < 2, "a query takes \(t) s")
    }

    @Test func aTinyCellDoesNotMakeAQueryWalkBillionsOfColumns() {
        let points = [origin, origin + Vector2(30, 40), origin + Vector2(-500, 20)]
        let grid = SpatialGrid(points: points, cellSize: 1e-9)
        var seen = Set<Int>()
        let t = seconds { grid.forEachCandidate(near: origin, radius: 100) { seen.insert($0) } }
        #expect(seen.isSuperset(of: [0, 1]), "the points within 100 m are candidates: \(seen)")
        #expect(t < 2, "a query takes \(t) s")
    }

    @Test func aNegativeOrNonFiniteCentreFindsNothingAndDoesNotTrap() {
        let grid = SpatialGrid(points: [origin], cellSize: 250)
        var count = 0
        grid.forEachCandidate(near: Point(x: .nan, y: origin.y), radius: 10) { _ in count += 1 }
        grid.forEachCandidate(near: origin, radius: -5) { _ in count += 1 }
        #expect(count == 0)
    }

    @Test func detectionsWithAHugeCovarianceAreTrackedQuickly() {
        // Five detections claiming σ = 1e150 m next to ordinary ones, over 20 scans.
        var tracker = makeTracker()
        let huge = Covariance2(xx: 1e300, xy: 0, yy: 1e300)
        let plain = Covariance2(xx: 25, xy: 0, yy: 25)
        let t = seconds {
            for k in 0..<20 {
                let time = Double(k)
                var detections = (0..<5).map {
                    Detection(time: time, position: origin + Vector2(Double($0) * 1000, 0), covariance: huge)
                }
                detections.append(Detection(time: time, position: origin + Vector2(0, Double(k)), covariance: plain))
                _ = tracker.step(at: time, detections: detections)
            }
        }
        #expect(t < 5, "20 scans took \(t) s")
    }
}
