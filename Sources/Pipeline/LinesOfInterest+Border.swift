public import Border
import GuidepostCore
public import Tracking

extension LinesOfInterest {
    /// The shipped border's lines for operator predictions: the southern candidate MDL line
    /// (where "crossed" is judged, docs/border.md) sampled every 100 m, and the ROK GOP fence.
    public static func shippedBorder(seed: UInt64 = 1) throws -> LinesOfInterest {
        of(try BorderModel(seed: seed))
    }

    /// The same lines for a given border (a scenario's, with its overrides): what every run's
    /// tracker predicts `t_mdl` and `t_fence` against.
    public static func of(_ model: BorderModel) -> LinesOfInterest {
        let line = model.line
        var southern: [Point] = []
        var s = 0.0
        while s <= line.length {
            southern.append(line.point(AlongBorderCoordinate(s: s, d: model.band.southern(at: s))))
            s += 100
        }
        let fences = model.fences.filter { $0.kind == .rokGOP }.map(\.line.points)
        return LinesOfInterest(mdl: [southern], fence: fences)
    }
}
