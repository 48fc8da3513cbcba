public import GuidepostCore

/// The resource limits a scenario is checked against when it is loaded: how long a run may
/// last, how many individuals may move, how large the window may be. Unlike `ScenarioRanges`
/// (physics) these are what one machine can afford; a bigger one may raise them. Each is
/// documented with its default in docs/limits.md.
///
/// The command line reads them from the environment (`init(environment:)`), so every command
/// that loads a scenario — check-scenario, run, simulate, map, guide, serve, … — applies the same
/// limits; an error for a limit names the variable that raises it.
public struct ScenarioLimits: Sendable, Hashable {
    /// Longest run, seconds (default 7 days: the longest scenario, the 2019 fishermen, runs ~40 h).
    public var maxRunDuration: Double
    /// Most individuals (`groups × count`, summed over actors; default 10,000: the full-border
    /// benchmark has ~2,000).
    public var maxIndividuals: Int
    /// Largest window, m² (s-length × d-width; default 2,500 km²: the whole MDL at ±3 km is ~1,040 km²).
    public var maxWindowArea: Double

    /// The default limits.
    public static let `default` = ScenarioLimits(
        maxRunDuration: 7 * 86_400, maxIndividuals: 10_000, maxWindowArea: 2_500e6)

    /// Limits with the given values.
    public init(maxRunDuration: Double, maxIndividuals: Int, maxWindowArea: Double) {
        self.maxRunDuration = maxRunDuration
        self.maxIndividuals = maxIndividuals
        self.maxWindowArea = maxWindowArea
    }

    /// The environment variable that raises each limit.
    public enum Variable: String, CaseIterable, Sendable {
        case maxRunDuration = "GUIDEPOST_MAX_RUN_DURATION"
        case maxIndividuals = "GUIDEPOST_MAX_INDIVIDUALS"
        case maxWindowArea = "GUIDEPOST_MAX_WINDOW_AREA"

        /// What the variable holds.
        var unit: String {
            switch self {
            case .maxRunDuration: return "seconds"
            case .maxIndividuals: return "a whole number"
            case .maxWindowArea: return "square kilometres"
            }
        }

        /// "raise it with GUIDEPOST_MAX_RUN_DURATION=SECONDS (docs/limits.md)".
        var hint: String { "raise the limit with \(rawValue)=<\(unit)>; see docs/limits.md" }
    }

    /// The default limits with any set in `environment` (`GUIDEPOST_MAX_RUN_DURATION` seconds,
    /// `GUIDEPOST_MAX_INDIVIDUALS`, `GUIDEPOST_MAX_WINDOW_AREA` km²) in their place.
    /// - Throws: `InputError` naming the variable when its value is not a positive number.
    public init(environment: [String: String]) throws(InputError) {
        self = .default
        for variable in Variable.allCases {
            guard let text = environment[variable.rawValue] else { continue }
            guard let v = Double(text), v.isFinite, v > 0 else {
                throw InputError(
                    file: "<environment>", field: variable.rawValue,
                    reason: "'\(text)' is not a positive number (\(variable.unit))",
                    hint: "unset it for the default; see docs/limits.md")
            }
            switch variable {
            case .maxRunDuration: maxRunDuration = v
            case .maxIndividuals:
                guard v <= Double(Int32.max), v == v.rounded() else {
                    throw InputError(
                        file: "<environment>", field: variable.rawValue,
                        reason: "'\(text)' is not a whole number up to \(Int32.max)")
                }
                maxIndividuals = Int(v)
            case .maxWindowArea: maxWindowArea = v * 1e6
            }
        }
    }
}
