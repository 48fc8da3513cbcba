import FieldSimulation
import Foundation
import GuidepostCore

extension FenceZones {
    /// Fence-zone segments read from a JSON Lines file of
    /// `{"zone": "z12", "x1": …, "y1": …, "x2": …, "y2": …}` in the detections' metric frame
    /// (`guidepost track --fence-zones`).
    init(path: String, onError: @escaping (InputError) -> Void) throws {
        self.init()
        struct Row: Decodable { var zone: String, x1: Double, y1: Double, x2: Double, y2: Double }
        let reader = try JSONLinesReader(path: path)
        for (_, row) in JSONLinesDecoder<Row>(reader: reader, onError: onError) {
            segments[row.zone] = (Point(x: row.x1, y: row.y1), Point(x: row.x2, y: row.y2))
        }
    }
}
