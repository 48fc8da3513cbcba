import GuidepostCore
import Simulation
import Testing

/// The first-detections side file: one line per truth object at its first detection, none for
/// false alarms, across batches.
struct FirstDetectionLogTests {
    static func detection(_ t: Double, sensor: String, source: String?) -> SimulatedDetection {
        SimulatedDetection(
            record: DetectionRecord(t: t, sensor: sensor, x: 0, y: 0, cov: Covariance2(xx: 25, xy: 0, yy: 25), kind: .thermal),
            source: source)
    }

    @Test func writesEachSourceOnceAtItsFirstDetection() {
        var log = FirstDetectionLog()
        let first = log.lines(for: [
            Self.detection(10, sensor: "tod-1", source: nil),
            Self.detection(12, sensor: "tod-1", source: "crosser"),
            Self.detection(12, sensor: "cam-0001", source: "wild-boar-3"),
            Self.detection(14, sensor: "tod-2", source: "crosser"),
        ])
        #expect(first == [
            #"{"t": 12.0, "id": "crosser", "sensor": "tod-1", "kind": "thermal"}"#,
            #"{"t": 12.0, "id": "wild-boar-3", "sensor": "cam-0001", "kind": "thermal"}"#,
        ])
        let second = log.lines(for: [Self.detection(20, sensor: "tod-3", source: "crosser"), Self.detection(21, sensor: "tod-3", source: "deer")])
        #expect(second == [#"{"t": 21.0, "id": "deer", "sensor": "tod-3", "kind": "thermal"}"#])
    }
}
