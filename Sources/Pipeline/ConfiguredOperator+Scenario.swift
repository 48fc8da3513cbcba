public import GuidepostCore
public import Operations
public import Scenario

extension ConfiguredOperator {
    /// The operator a scenario's deployment describes (`deployment.operator`: attentive or
    /// overloaded, with its distractions; attentive when the scenario says nothing), seeded
    /// with `seed`. `guidepost run` and `guidepost alerts` answer alerts with the same one.
    /// - Throws: `InputError` for a model Operations does not know.
    public init(of scenario: ResolvedScenario, seed: UInt64) throws(InputError) {
        let op = scenario.document.deployment?.operator ?? OperatorModel()
        let distractions = op.distractions.map {
            Distraction(from: scenario.seconds($0.from), until: scenario.seconds($0.until), reason: $0.reason ?? "busy elsewhere")
        }
        guard let configured = ConfiguredOperator(model: op.model.rawValue, seed: seed, distractions: distractions) else {
            throw InputError(file: scenario.file, field: "deployment.operator.model", reason: "unknown operator model \(op.model.rawValue)")
        }
        self = configured
    }
}
