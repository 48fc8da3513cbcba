import ArgumentParser
import Border
import Console
import GuidepostCore
import Guidance
import Operations
import Scenario
import Simulation
import Tracking

/// Builds what `guidepost serve` watches from a scenario: the simulator behind the field port,
/// the engine with a person (or a model standing in) as the operator and the commander's
/// approval on dispatch, and the map of the window.
enum ServeSetup {
    struct Watch {
        var engine: OperationsEngine<ConfiguredOperator>
        var field: SimulatedField
        var end: Double
    }

    static func watch(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, run: RunID, operatorModel: String, dispatch: DispatchApproval
    ) throws -> Watch {
        let doc = scenario.document
        var options = SimulationOptions(seed: seed, duration: doc.duration.seconds)
        options.fieldControlledTeams = true
        let simulator = SimulationEngine(scenario: scenario, border: border, options: options)
        let timeline = simulator.timeline
        let op = doc.deployment?.operator ?? OperatorModel()
        let distractions = op.distractions.map {
            Distraction(from: scenario.seconds($0.from), until: scenario.seconds($0.until), reason: $0.reason ?? "busy elsewhere")
        }
        let model = operatorModel == "scenario" ? op.model.rawValue : operatorModel
        guard let alarmOperator = ConfiguredOperator(model: model, seed: seed, distractions: distractions) else {
            throw InputError(file: "<argument>", field: "--operator", reason: "unknown operator \(operatorModel)", hint: "person, attentive, overloaded or scenario")
        }
        let teams = doc.actors.filter { $0.kind == .rokGuidanceTeam }.compactMap { a -> GuidanceTeam? in
            guard let p = a.route?.first?.at.planarPoint else { return nil }
            return GuidanceTeam(name: a.id.rawValue, base: p)
        }
        guard let trackOptions = try? TrackOptions.parse([]) else {
            throw InputError(file: "<defaults>", reason: "the tracker's default options do not parse")
        }
        var configuration = OperationsConfiguration()
        configuration.dispatchApproval = dispatch
        let engine = OperationsEngine(
            run: run, facts: Guidepost.Alerts.facts(scenario, border: border), border: border, tracker: trackOptions.makeTracker(),
            lines: .of(border), operator: alarmOperator, console: .guidepost, configuration: configuration, teams: teams,
            light: { t in
                let env = timeline.at(t)
                let light = Guidance.Light(rawValue: env.conditions.light.rawValue) ?? .day
                return light == .day && env.foggy ? .twilight : light
            })
        return Watch(engine: engine, field: SimulatedField(engine: simulator, options: trackOptions), end: doc.duration.seconds)
    }

    /// The window's map (no coverage layer: it is slow and the live layers go on top) and its placement.
    static func map(_ scenario: ResolvedScenario, border: BorderModel) throws -> ConsoleMap {
        let box = try border.box(s: scenario.s, d: scenario.d)
        var r = WindowMapRenderer(model: border, window: box, title: "\(scenario.document.id): live watch")
        r.mapWidth = 1000
        r.drawsCoverage = false
        let p = r.placement
        return ConsoleMap(
            svg: r.render(), left: p.left, top: p.top, scale: p.scale, minX: box.minX, maxY: box.maxY, width: box.width, height: box.height)
    }
}
