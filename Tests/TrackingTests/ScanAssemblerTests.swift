import GuidepostCore
import Testing
import Tracking

/// Out-of-order detections within the window are put back in order; later ones are refused.
struct ScanAssemblerTests {
    func detection(_ t: Double) -> Detection {
        Detection(time: t, position: origin, covariance: .isotropic(sigma: 5))
    }

    @Test func reordersWithinTheWindow() {
        var a = ScanAssembler(window: 2)
        var released: [(Double, Int)] = []
        for t in [1.0, 3.0, 2.0, 1.0, 4.0, 6.0, 5.0] {
            let accepted = a.add(detection(t))
            #expect(accepted, "t = \(t) is within the window")
            while let s = a.next() { released.append((s.time, s.detections.count)) }
        }
        let late = a.add(detection(2.5))
        #expect(!late, "older than a released scan")
        while let s = a.next(flush: true) { released.append((s.time, s.detections.count)) }
        #expect(released.map(\.0) == [1, 2, 3, 4, 5, 6])
        #expect(released.map(\.1) == [2, 1, 1, 1, 1, 1])
    }

    @Test func emptyScansAreReleased() {
        var a = ScanAssembler(window: 0)
        a.addScan(at: 1)
        _ = a.add(detection(1))
        a.addScan(at: 2)
        a.addScan(at: 3)
        var released: [(Double, Int)] = []
        while let s = a.next(flush: true) { released.append((s.time, s.detections.count)) }
        #expect(released.map(\.0) == [1, 2, 3])
        #expect(released.map(\.1) == [1, 0, 0])
    }
}
