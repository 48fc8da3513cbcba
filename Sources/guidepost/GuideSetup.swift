import Border
import Guidance
import GuidepostCore
import Scenario

/// Everything `guidepost guide` decides before planning: the border, the light, where the
/// person starts, the reception point, the team's post and the window to price.
struct GuideSetup {
    var border: BorderModel
    var title: String
    var light: Light
    var start: Point
    var startNote: String
    var goal: Point
    var goalNote: String
    var destinationName: String
    var teamPost: Point
    var teamPostName: String
    var window: RasterWindow

    /// Metres south of a GOP post (which stands on the fence) where the reception point is.
    static let receptionSetback = 40.0

    /// Builds the setup from a scenario and the command's options.
    static func make(
        scenario argument: String, from: GeoCoordinate?, fromNote: String = "--from", to: GeoCoordinate?, light: Light?, margin: Double, cell: Double,
        window subject: MapRequest.Subject? = nil
    ) throws -> GuideSetup {
        let (scenario, border) = try ScenarioFile.load(argument)
        let doc = scenario.document
        // Start: --from, else the crossing person's first route point south of the MDL band.
        let start: Point, startNote: String
        if let from {
            start = TransverseMercator.epsg5179.forward(from)
            startNote = fromNote
        } else {
            guard let person = doc.actors.first(where: { $0.kind == .person }) else {
                throw InputError(file: scenario.file, field: "actors", reason: "no actor of kind person to guide", hint: "give --from LON,LAT")
            }
            let points = (person.route ?? []).compactMap(\.at.planarPoint)
            if let p = points.first(where: { border.band.isSouthOfBand($0) }) {
                start = p
                startNote = "the first route point of '\(person.id.rawValue)' south of the MDL band"
            } else if let p = points.last {
                start = p
                startNote = "the last route point of '\(person.id.rawValue)' (it never crosses the MDL band)"
            } else {
                throw InputError(file: scenario.file, field: "actors.\(person.id.rawValue).route", reason: "the person has no route", hint: "give --from LON,LAT")
            }
        }
        // Goal: --to, else just south of the nearest manned GOP post.
        let goal: Point, goalNote: String, destinationName: String
        if let to {
            goal = TransverseMercator.epsg5179.forward(to)
            goalNote = "--to"
            destinationName = "the reception point"
        } else {
            let gops = border.posts.filter { $0.kind == .generalOutpost && $0.status == .manned }
            guard let gop = gops.min(by: { $0.position.distance(to: start) < $1.position.distance(to: start) }) else {
                throw InputError(file: scenario.file, reason: "no manned GOP post on this border to receive the person", hint: "give --to LON,LAT")
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
        guard let team = candidates.min(by: { $0.1.distance(to: start) < $1.1.distance(to: start) }) else {
            throw InputError(file: scenario.file, reason: "no manned ROK post for the guidance team")
        }
        // Light: --light, else the conditions when the guidance team appears (else at the start),
        // the sun's where the scenario writes none.
        let teamActor = doc.actors.first { $0.kind == .rokGuidanceTeam }
        let t = teamActor?.appears.map { scenario.seconds($0) } ?? 0
        let resolvedLight = light ?? Light(rawValue: ScenarioLight.name(of: scenario, border: border, at: t)) ?? .day
        var box = PlanarBox(around: [start, goal, team.1]).expanded(by: margin)
        if case .window(let centre, let width, let height)? = subject {
            let c = TransverseMercator.epsg5179.forward(centre)
            box = PlanarBox(minX: c.x - width / 2, minY: c.y - height / 2, maxX: c.x + width / 2, maxY: c.y + height / 2)
            for (name, p) in [("start", start), ("reception point", goal), ("team's post", team.1)] where !box.contains(p) {
                throw InputError(file: "<argument>", field: "--window", reason: "the \(name) lies outside the window", hint: "widen or move --window, or leave it out")
            }
        }
        let window: RasterWindow
        do { window = try RasterWindow(box: box, cellSize: cell) } catch {
            throw InputError(file: "<argument>", field: "--cell", reason: "\(error)", hint: "use a larger --cell or a smaller --margin/--window")
        }
        return GuideSetup(
            border: border, title: doc.id, light: resolvedLight, start: start, startNote: startNote, goal: goal,
            goalNote: goalNote, destinationName: destinationName, teamPost: team.1, teamPostName: team.0, window: window)
    }
}
