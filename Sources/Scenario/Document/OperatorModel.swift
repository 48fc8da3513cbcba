/// How the control room handles alarms (issue 6): an `attentive` operator acts on every
/// pop-up; an `overloaded` one dismisses some as nuisance, the more so during `distractions`.
public struct OperatorModel: Hashable, Sendable, Codable {
    /// `attentive` or `overloaded`.
    public var model: Kind
    /// Stretches of time when the operator is busy elsewhere.
    public var distractions: [Distraction]

    /// An operator model; attentive and never distracted by default.
    public init(model: Kind = .attentive, distractions: [Distraction] = []) {
        self.model = model
        self.distractions = distractions
    }

    enum CodingKeys: String, CodingKey { case model, distractions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            model: try c.decodeIfPresent(Kind.self, forKey: .model) ?? .attentive,
            distractions: try c.decodeIfPresent([Distraction].self, forKey: .distractions) ?? [])
    }

    /// The two operator models of issue 6.
    public enum Kind: String, ScenarioTerm, Hashable { case attentive, overloaded }

    /// A stretch of time when the operator is busy elsewhere (reconfiguring screens, on the phone).
    public struct Distraction: Hashable, Sendable, Codable {
        /// Start of the distraction.
        public var from: TimeReference
        /// End of the distraction.
        public var until: TimeReference
        /// What kept the operator busy, from the source.
        public var reason: String?
    }
}
