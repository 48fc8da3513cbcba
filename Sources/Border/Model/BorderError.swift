/// What can go wrong when building or querying the border model. Each case says what to do.
public enum BorderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A bundled data file is missing from the build (a packaging fault).
    case resourceMissing(name: String)
    /// A data file (bundled or given) could not be read as the expected GeoJSON.
    case malformedData(name: String, reason: String)
    /// A raster or map window is unusable (NaN, non-positive size or cell, too many cells).
    case invalidWindow(field: String, reason: String)
    /// An override names something impossible (a patch with fewer than three vertices, a
    /// density below zero, a gate on a fence that does not exist).
    case invalidOverride(field: String, reason: String)

    /// The message for a person, with what to do.
    public var description: String {
        switch self {
        case .resourceMissing(let name):
            return "bundled border data '\(name)' is missing (rebuild the package; the resource is declared in Package.swift)"
        case .malformedData(let name, let reason):
            return "\(name): \(reason) (regenerate it with tools/make-mdl.py)"
        case .invalidWindow(let field, let reason):
            return "window \(field): \(reason)"
        case .invalidOverride(let field, let reason):
            return "override \(field): \(reason)"
        }
    }
}
