import Border
import Console
import FieldSimulation
import GuidepostCore
import Guidance
import Operations
import Pipeline
import Scenario
import Simulation
import Tracking

/// Builds what `guidepost serve` watches from a scenario: the simulator behind the field port
/// (or, for a live detection feed, the window's fence zones and no simulator), the engine with
/// a person (or a model standing in) as the operator and the commander's approval on dispatch,
/// and the map of the window.
enum ServeSetup {
    struct Watch {
        var engine: OperationsEngine<ConfiguredOperator>
        var field: SimulatedField
        var end: Double
    }

    /// What a watch over a live detection feed needs besides the feed: the engine, the window's
    /// fence zones (what a zone id on the wire means), and the scenario's end.
    struct LiveWatch {
        var engine: OperationsEngine<ConfiguredOperator>
        var zones: FenceZones
        var conversion: DetectionConversion
        var end: Double
    }

    /// The watch of the scenario's window, or with `sector` of one sector of it: its engine names
    /// its ids after the sector and has only the teams posted there (`SectorPartition`).
    static func watch(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, run: RunID, operatorModel: String, dispatch: DispatchApproval,
        sector: SectorID? = nil
    ) throws -> Watch {
        let tracker = TrackerConfiguration()
        var field = SimulatedField(scenario: scenario, border: border, seed: seed, conversion: tracker.detectionConversion)
        field.lookSeconds = OperationsConfiguration().looks.seconds
        let engine = try engine(
            scenario, border: border, seed: seed, run: run, operatorModel: operatorModel, dispatch: dispatch, tracker: tracker,
            timeline: field.engine.timeline, sector: sector)
        return Watch(engine: engine, field: field, end: scenario.document.duration.seconds)
    }

    /// The scenario names the window (map, fence zones, posts, teams) and the public facts; the
    /// detections come from outside, so there is no simulator: the light is the scenario's
    /// conditions timeline, and teams move only when reports say so.
    static func liveWatch(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, run: RunID, operatorModel: String, dispatch: DispatchApproval,
        sector: SectorID? = nil
    ) throws -> LiveWatch {
        let tracker = TrackerConfiguration()
        let end = scenario.document.duration.seconds
        let engine = try engine(
            scenario, border: border, seed: seed, run: run, operatorModel: operatorModel, dispatch: dispatch, tracker: tracker,
            timeline: ConditionsTimeline(scenario: scenario, border: border, until: end), sector: sector)
        return LiveWatch(
            engine: engine, zones: FenceZones(of: scenario, border: border, seed: seed), conversion: tracker.detectionConversion, end: end)
    }

    /// The engine of a watch: the person (or a model standing in) as operator, the commander's
    /// approval (or none) on dispatch, the scenario's facts, teams and light.
    static func engine(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, run: RunID, operatorModel: String, dispatch: DispatchApproval,
        tracker: TrackerConfiguration, timeline: ConditionsTimeline, sector: SectorID? = nil
    ) throws -> OperationsEngine<ConfiguredOperator> {
        let alarmOperator: ConfiguredOperator
        if operatorModel == "scenario" {
            alarmOperator = try ConfiguredOperator(of: scenario, seed: seed)
        } else if let model = ConfiguredOperator(model: operatorModel, seed: seed) {
            alarmOperator = model
        } else {
            throw InputError(file: "<argument>", field: "--operator", reason: "unknown operator \(operatorModel)", hint: "person, attentive, overloaded or scenario")
        }
        var configuration = OperationsConfiguration()
        configuration.dispatchApproval = dispatch
        var teams = ScenarioRun.teams(of: scenario)
        if let sector {
            configuration.idScope = sector.rawValue
            let partition = SectorPartition(border: border)
            teams = teams.filter { partition.sector(of: $0.base) == sector }
            configuration.ownStretch = partition.stretch(of: sector)
            configuration.adoptWithin = ClusterServe.apron / 2
            configuration.sector = sector.rawValue
            if let k = border.sectors.firstIndex(where: { $0.id == sector }) {
                configuration.sectorBelow = k > 0 ? border.sectors[k - 1].id.rawValue : nil
                configuration.sectorAbove = k + 1 < border.sectors.count ? border.sectors[k + 1].id.rawValue : nil
            }
        }
        return OperationsEngine(
            run: run, facts: PublicFacts(of: scenario, border: border), border: border, tracker: tracker.makeTracker(),
            lines: .of(border), operator: alarmOperator, console: .guidepost, configuration: configuration,
            teams: teams, light: ScenarioLight.forGuidance(timeline))
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
