public import GuidepostCore

/// A guard post, listed by a scenario in addition to the default ones.
public struct Post: Hashable, Sendable, Codable {
    /// Unique among listed posts.
    public var id: PostID
    public var kind: Kind
    /// `rok` or `kpa` (default rok).
    public var side: Side?
    public var at: Position

    public enum Kind: String, ScenarioTerm, Hashable {
        case gp, gop, platoonPost = "platoon-post", observatory, checkpoint, navy
    }
    public enum Side: String, ScenarioTerm, Hashable { case rok, kpa }
}
