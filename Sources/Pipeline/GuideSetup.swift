public import Border
import FieldSimulation
public import Guidance
public import GuidepostCore
public import Scenario

/// Everything guidance decides before planning a scenario's route out: the border, the light,
/// where the person starts, the reception point, the team's post and the window to price.
/// `guidepost guide` builds one from its options; anything else that plans for a scenario can.
public struct GuideSetup: Sendable {
    /// The scenario's border.
    public var border: BorderModel
    /// The scenario's id, for titles.
    public var title: String
    /// The light planned for.
    public var light: Light
    /// Where the person starts (EPSG:5179).
    public var start: Point
    /// Where the start came from, in words.
    public var startNote: String
    /// The reception point (EPSG:5179).
    public var goal: Point
    /// Where the reception point came from, in words.
    public var goalNote: String
    /// The reception point as the instructions name it.
    public var destinationName: String
    /// Where the guidance team leaves from (EPSG:5179).
    public var teamPost: Point
    /// That post's name.
    public var teamPostName: String
    /// The raster window the planner prices.
    public var window: RasterWindow

    /// Metres south of a GOP post (which stands on the fence) where the reception point is.
    public static let receptionSetback = 40.0

    /// Why a setup cannot be made; the caller words it for its own inputs.
    public enum Failure: Error, Equatable, Sendable {
        /// No start was given and the scenario has no actor of kind person.
        case noPersonToGuide
        /// No start was given and the person (this actor id) has no route.
        case personHasNoRoute(actor: String)
        /// No reception point was given and the border has no manned GOP post.
        case noReceptionPost
        /// No manned ROK post for the guidance team to leave from.
        case noTeamPost
        /// The given window leaves out this point ("start", "reception point", "team's post").
        case outsideWindow(String)
        /// The window cannot be rastered at this cell size (the raster's reason).
        case window(String)
    }

    /// Builds the setup for `scenario` on `border`.
    /// - Parameters:
    ///   - from: where the person starts and how to say so; nil takes the crossing person's first
    ///     route point south of the MDL band (else its last).
    ///   - to: the reception point and how to say so; nil takes a point `receptionSetback` south
    ///     of the nearest manned GOP post.
    ///   - light: the light to plan for; nil takes the scenario's when the guidance team appears
    ///     (else at the start), the sun's where the scenario writes none (`ScenarioLight`).
    ///   - margin: metres around start, reception point and team post to price.
    ///   - cell: the raster's cell size, metres.
    ///   - window: a box to price instead; it must hold start, reception point and team post.
    public static func make(
        _ scenario: ResolvedScenario, border: BorderModel, from: (point: GeoCoordinate, note: String)?,
        to: (point: GeoCoordinate, note: String)?, light: Light?, margin: Double, cell: Double, window fixed: PlanarBox? = nil
    ) throws(Failure) -> GuideSetup {
        let doc = scenario.document
        // Start: the given one, else the crossing person's first route point south of the MDL band.
        let start: Point, startNote: String
        if let from {
            start = TransverseMercator.epsg5179.forward(from.point)
            startNote = from.note
        } else {
            guard let person = doc.actors.first(where: { $0.kind == .person }) else { throw .noPersonToGuide }
            let points = (person.route ?? []).compactMap(\.at.planarPoint)
            if let p = points.first(where: { border.band.isSouthOfBand($0) }) {
                start = p
                startNote = "the first route point of '\(person.id.rawValue)' south of the MDL band"
            } else if let p = points.last {
                start = p
                startNote = "the last route point of '\(person.id.rawValue)' (it never crosses the MDL band)"
            } else {
                throw .personHasNoRoute(actor: person.id.rawValue)
            }
        }
        // Goal: the given one, else just south of the nearest manned GOP post.
        let goal: Point, goalNote: String, destinationName: String
        if let to {
            goal = TransverseMercator.epsg5179.forward(to.point)
            goalNote = to.note
            destinationName = "the reception point"
        } else {
            let gops = border.posts.filter { $0.kind == .generalOutpost && $0.status == .manned }
            guard let gop = gops.min(by: { $0.position.distance(to: start) < $1.position.distance(to: start) }) else {
                throw .noReceptionPost
            }
            var c = border.line.alongBorder(gop.position)
            c.d -= receptionSetback
            goal = border.line.point(c)
            goalNote = "reception south of the fence at \(gop.id.rawValue)"
            destinationName = "the reception point at \(gop.id.rawValue)"
        }
        // The team: from the nearest manned ROK guard post or GOP post (the scenario's own ROK posts included).
        var candidates: [(String, Point)] = border.posts
            .filter { ($0.kind == .rokGuardPost || $0.kind == .generalOutpost) && $0.status == .manned }
            .map { ($0.id.rawValue, $0.position) }
        for post in doc.deployment?.posts ?? [] where post.side != .kpa {
            if let p = post.at.planarPoint { candidates.append((post.id.rawValue, p)) }
        }
        guard let team = candidates.min(by: { $0.1.distance(to: start) < $1.1.distance(to: start) }) else { throw .noTeamPost }
        // Light: the given one, else the conditions when the guidance team appears (else at the
        // start), the sun's where the scenario writes none.
        let teamActor = doc.actors.first { $0.kind == .rokGuidanceTeam }
        let t = teamActor?.appears.map { scenario.seconds($0) } ?? 0
        let resolvedLight = light ?? ScenarioLight.at(t, of: scenario, border: border)
        var box = PlanarBox(around: [start, goal, team.1]).expanded(by: margin)
        if let fixed {
            box = fixed
            for (name, p) in [("start", start), ("reception point", goal), ("team's post", team.1)] where !box.contains(p) {
                throw .outsideWindow(name)
            }
        }
        let window: RasterWindow
        do { window = try RasterWindow(box: box, cellSize: cell) } catch { throw .window("\(error)") }
        return GuideSetup(
            border: border, title: doc.id, light: resolvedLight, start: start, startNote: startNote, goal: goal,
            goalNote: goalNote, destinationName: destinationName, teamPost: team.1, teamPostName: team.0, window: window)
    }
}
