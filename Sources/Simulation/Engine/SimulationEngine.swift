public import Border
import GuidepostCore
public import Scenario

/// The simulator as a steppable value: `advance(to:)` moves the world frame by frame and returns
/// the records produced, in time order; `dispatch`, `broadcast` and `fireWarningShots` are the
/// field channel through which Operations (or the scenario's own behaviours) act on the world.
///
/// Every sensor, fence zone and actor draws from its own `SeededGenerator.split(label:)` of the
/// master seed, so a run is a pure function of scenario and seed, and adding an actor does not
/// change what any sensor draws for another. Memory holds the world only (actors, sensors, their
/// horizon maps): records leave with each `advance`.
public struct SimulationEngine: Sendable {
    public let scenario: ResolvedScenario
    public let border: BorderModel
    public let options: SimulationOptions
    public let timeline: ConditionsTimeline
    public internal(set) var actors: [SimActor]
    public internal(set) var sensors: [SimSensor]
    public internal(set) var zones: [FenceZone]
    /// Time of the last frame simulated (−∞ before the first).
    public internal(set) var time: Double = -.infinity
    /// Measure every look for `--stats` (costs memory per advance; off for ordinary runs).
    public var recordsLooks = false

    let thermal = ThermalDetectionModel()
    let radar = RadarDetectionModel()
    let camera = CameraDetectionModel()
    let apparentHeight = ApparentHeightModel()
    let fence = FenceSensorModel()
    /// Rate multiplier of fence nuisance alarms: the scenario's `nuisance_rate` over the calibrated 13.3 an hour.
    let nuisanceScale: Double
    var horizons: [HorizonMap?]
    /// For each fence zone, the cameras within `cameraSlewRadius` of its midpoint (they slew to its alarms).
    var zoneCameras: [[Int]] = []
    /// Cameras this close to an alarming zone slew to it and look at once, metres (domain.md §3.1:
    /// "CCTV that slews automatically to the alarm point").
    public static let cameraSlewRadius = 400.0
    var grid: ActorGrid
    var positions: [Point]
    var presence: [Bool]
    var frameIndex = 0
    var nextTruth = 0.0
    var nextAnimalMove = 0.0
    var nextGridRebuild = 0.0
    /// Metres added to every grid query: the farthest a non-animal moves between grid rebuilds
    /// (8 m/s, a vehicle's default, for `animalStep` seconds).
    var gridSlack: Double { 8 * options.animalStep }
    var fenceRng: SeededGenerator
    var fieldRng: SeededGenerator
    /// What an operator's look can tell (`options.look`), and its own random stream: a look drawn
    /// or not never moves another draw of the world.
    let lookModel: LookModel
    var lookRng: SeededGenerator
    var pendingFaultEvents: [SimulationEvent]
    var pendingFaultIndex = 0
    var pending = SimulationOutput()
    var timers: [Timer] = []
    /// Teams dispatched through the field channel to guide someone: team index → target index.
    /// A team that sees its target close while still on its route goes straight to them.
    var fieldGuides: [Int: Int] = [:]
    /// Reused buffer of candidate actors for a look.
    var scratch: [Int] = []
    /// Per-actor random streams for mine blasts (looked up by index; never iterated).
    var mineStreams: [Int: SeededGenerator] = [:]
    /// Index range of the GOP fence along the MDL (for crossings), if Border has one. The fence is
    /// physical whatever the deployment: crossings are events and animals stop at it even where no
    /// zone watches it (the 2012 fence had no sensors).
    let fenceS: ClosedRange<Double>?
    /// Offset of the GOP fence from the MDL, metres (north positive).
    let fenceD = -BorderModel.dmzHalfWidth

    /// A scheduled action of a behaviour.
    struct Timer: Sendable {
        var t: Double
        var actor: Int
        var behaviour: Behaviour
        /// Whether a trigger (not the clock) set it: turn-back and retreat.
        var triggered: Bool
    }

    /// Sets up the world of `scenario` on `border`.
    public init(scenario: ResolvedScenario, border: BorderModel, options: SimulationOptions) {
        self.scenario = scenario
        self.border = border
        self.options = options
        timeline = ConditionsTimeline(scenario: scenario, border: border, until: options.duration)
        let master = SeededGenerator(seed: options.seed)
        let deployment = SimulationDeployment(
            scenario: scenario, border: border, duration: options.duration, rng: master.split(label: "deployment"))
        sensors = deployment.sensors
        if options.todCue {
            for i in sensors.indices where sensors[i].kind == .thermal { sensors[i].cueHold = SensorCue.defaultHold }
        }
        zones = deployment.zones
        pendingFaultEvents = deployment.faultEvents
        horizons = Array(repeating: nil, count: deployment.sensors.count)
        nuisanceScale = (scenario.document.deployment ?? Deployment()).nuisanceRate / 13.3
        fenceRng = master.split(label: "fence")
        fieldRng = master.split(label: "field")
        lookModel = LookModel(fidelity: options.look)
        lookRng = master.split(label: "look")
        actors = ActorFactory.actors(of: scenario, border: border, rng: master.split(label: "actors"))
        positions = actors.map(\.position)
        presence = Array(repeating: false, count: actors.count)
        if let fence = border.fences.first(where: { $0.kind == .rokGOP }), let p0 = fence.line.points.first,
            let p1 = fence.line.points.last
        {
            let a = border.line.alongBorder(p0).s, b = border.line.alongBorder(p1).s
            fenceS = Swift.min(a, b)...Swift.max(a, b)
        } else {
            fenceS = nil
        }
        // The grid covers the sensors and the window, 1 km cells.
        var xs = sensors.map(\.position.x) + positions.map(\.x), ys = sensors.map(\.position.y) + positions.map(\.y)
        for s in stride(from: scenario.s.lowerBound, through: scenario.s.upperBound, by: 1000) {
            for d in [scenario.d.lowerBound, scenario.d.upperBound] {
                let p = border.line.point(AlongBorderCoordinate(s: s, d: d))
                xs.append(p.x)
                ys.append(p.y)
            }
        }
        grid = ActorGrid(
            minX: (xs.min() ?? 0) - 2000, minY: (ys.min() ?? 0) - 2000, maxX: (xs.max() ?? 1) + 2000,
            maxY: (ys.max() ?? 1) + 2000, cell: 1000)
        zoneCameras = indexZoneCameras()
        scheduleBehaviours()
    }

    func indexZoneCameras() -> [[Int]] {
        zones.map { z in
            sensors.indices.filter {
                sensors[$0].kind == .camera && sensors[$0].position.distance(to: z.midpoint) <= Self.cameraSlewRadius
            }
        }
    }

    /// Drops the sensors `keep` refuses (before the first frame), e.g. those out of reach of
    /// everything a check cares about. The others draw exactly as before: streams are per sensor.
    public mutating func keepSensors(where keep: (SimSensor) -> Bool) {
        let kept = sensors.indices.filter { keep(sensors[$0]) }
        sensors = kept.map { sensors[$0] }
        horizons = kept.map { horizons[$0] }
        zoneCameras = indexZoneCameras()
    }

    /// Seconds after the start of a scenario time.
    func seconds(_ t: TimeReference) -> Double { scenario.seconds(t) }

    /// Queues the timed behaviours (guide, pursue, search, fire, broadcast, escort).
    mutating func scheduleBehaviours() {
        for (i, a) in actors.enumerated() {
            for b in a.behaviours {
                switch b.kind {
                case .guide where options.fieldControlledTeams && a.kind == .rokGuidanceTeam:
                    continue
                case .guide, .escort, .broadcast, .search:
                    timers.append(Timer(t: b.from.map(seconds) ?? a.appears, actor: i, behaviour: b, triggered: false))
                case .surrender:
                    timers.append(Timer(t: b.from.map(seconds) ?? a.route?.end ?? a.appears, actor: i, behaviour: b, triggered: false))
                case .fire:
                    timers.append(Timer(t: b.from.map(seconds) ?? a.appears, actor: i, behaviour: b, triggered: false))
                case .pursue:
                    timers.append(Timer(t: a.appears + (b.delay?.seconds ?? 0), actor: i, behaviour: b, triggered: false))
                default: break
                }
            }
        }
        timers.sort { ($0.t, $0.actor) < ($1.t, $1.actor) }
    }
}
