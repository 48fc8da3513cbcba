public import GuidepostCore

/// Guidance planned for an incident: the plan, where the person was when it was made, and the
/// one-line summary the log and the console show. Proposed to the watch commander when dispatch
/// needs approval; carried out at once otherwise.
public struct GuidanceProposal: Hashable, Sendable {
    public var plan: PlannedGuidance
    /// The person's position the plan starts from.
    public var from: Point
    /// The team, the lengths of both routes and the person's mine risk, in words.
    public var summary: String
}
