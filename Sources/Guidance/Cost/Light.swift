public import GuidepostCore

/// Guidance prices by the one `GuidepostCore.Light` (the scenario's and the simulator's too);
/// the name stays here so that `Guidance.Light` keeps meaning it.
public typealias Light = GuidepostCore.Light

extension Light {
    /// Walking-speed factor: people walk slower off known paths in the dark (an assumption:
    /// 1, 0.85, 0.7).
    public var speedFactor: Double {
        switch self {
        case .day: 1
        case .twilight: 0.85
        case .night: 0.7
        }
    }

    /// How dangerous a second inside a KPA viewshed is, relative to daylight. KPA posts have
    /// thermal sights, so night does not blind them, but aimed fire at night is less likely
    /// (an assumption: 1, 0.6, 0.3; domain.md §8 "night approach when the target is hidden").
    public var exposureFactor: Double {
        switch self {
        case .day: 1
        case .twilight: 0.6
        case .night: 0.3
        }
    }
}
