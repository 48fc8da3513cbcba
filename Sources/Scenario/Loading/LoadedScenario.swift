/// A checked scenario, with where each field was written.
public struct LoadedScenario: Hashable, Sendable {
    /// The checked document.
    public var document: ScenarioDocument
    /// The file it came from, for later errors.
    public var file: String
    /// Where each field was written.
    public var sourceMap: SourceMap
}
