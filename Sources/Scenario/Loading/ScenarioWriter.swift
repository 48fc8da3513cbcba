import Yams

/// Writes a scenario document back out as YAML that `ScenarioLoader` reads to an equal document
/// (header comments are not kept).
public enum ScenarioWriter {
    /// YAML text for `document`; deterministic (keys in declaration order).
    public static func yaml(_ document: ScenarioDocument) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = false
        return try encoder.encode(document)
    }
}
