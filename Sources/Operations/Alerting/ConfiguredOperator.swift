/// The operator a scenario names (`deployment.operator.model`), as one concrete type so that
/// `AlertPolicy` stays generic without existentials at the composition root.
public enum ConfiguredOperator: AlarmOperator {
    case attentive(AttentiveOperator)
    case overloaded(OverloadedOperator)
    /// A person at the live console answers (`OperationsEngine.answer`); the model never does.
    case person

    /// `attentive` or `overloaded` (the scenario's words), seeded, or `person` (the console); distractions only matter
    /// to the overloaded model. Nil for any other name.
    public init?(model: String, seed: UInt64, distractions: [Distraction] = []) {
        switch model {
        case "attentive": self = .attentive(AttentiveOperator(seed: seed))
        case "overloaded": self = .overloaded(OverloadedOperator(seed: seed, distractions: distractions))
        case "person": self = .person
        default: return nil
        }
    }

    public mutating func respond(to alert: Alert, alarmsPerMinute: Double) -> OperatorResponse {
        switch self {
        case .attentive(var o):
            defer { self = .attentive(o) }
            return o.respond(to: alert, alarmsPerMinute: alarmsPerMinute)
        case .overloaded(var o):
            defer { self = .overloaded(o) }
            return o.respond(to: alert, alarmsPerMinute: alarmsPerMinute)
        case .person:
            return OperatorResponse(.acknowledge, after: .infinity, reason: "awaiting a person's answer")
        }
    }
}
