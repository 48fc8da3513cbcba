/// Daylight, twilight or night: what changes walking speed and how far KPA eyes reach.
///
/// Guidance keeps its own enumeration (it does not import the Scenario module); the CLI maps a
/// scenario's conditions onto it.
public enum Light: String, Sendable, Hashable, CaseIterable {
    case day, twilight, night

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
