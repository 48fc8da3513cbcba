import GuidepostCore

/// The first detection of each truth object, as the simulator alone knows it: a side file
/// (`first-detections.jsonl`) that links truth ids to detections without adding a truth field
/// to the DESIGN.md detection format, which must stay free of ground truth.
///
/// Wire form, one line per truth object in the order first seen:
/// `{"t": 812.0, "id": "crosser-west", "sensor": "tod-ROK-GP-3", "kind": "thermal"}`.
/// Evaluation reads it for the alert delay (first alert − first detection).
/// - Complexity: O(1) per detection; memory O(actors seen).
public struct FirstDetectionLog: Sendable {
    private var seen: Set<String> = []

    public init() {}

    /// The lines to write for a batch of detections (in time order): one for each source
    /// not seen before. False alarms (no source) link to nothing.
    public mutating func lines(for detections: [SimulatedDetection]) -> [String] {
        var out: [String] = []
        for d in detections {
            guard let source = d.source, seen.insert(source).inserted else { continue }
            var o = JSONObjectBuilder()
            o.add("t", d.record.t)
            o.add("id", source)
            o.add("sensor", d.record.sensor)
            o.add("kind", d.record.kind?.rawValue)
            out.append(o.json)
        }
        return out
    }
}
