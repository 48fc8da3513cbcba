import Border
import Foundation
import Guidance
import GuidepostCore
import Pipeline

/// How `guidepost guide` reports: text, one JSON object, an SVG map, GeoJSON. Names places,
/// never people.
struct GuideOutput {
    var setup: GuideSetup
    var result: GuidePlanner.Result

    var meetingPoint: Point { result.personSurface.centre(of: result.rendezvous.meeting) }
    var meetingDistance: Double {
        RouteReport(cells: Array(result.personRoute[...result.rendezvous.meetingIndex]), on: result.personSurface).length
    }

    /// The person's mine risk when they walk alone to the meeting point and then in the team's
    /// footsteps (the team's footprint) to the reception point: `1 − e^(−(H_alone + H_guided))`.
    var guidedMineRisk: Double {
        let k = result.rendezvous.meetingIndex
        let alone = RouteReport(cells: Array(result.personRoute[...k]), on: result.personSurface).mineHazard
        let guided = RouteReport(cells: Array(result.personRoute[k...]), on: result.teamSurface).mineHazard
        return -Foundation.expm1(-(alone + guided))
    }

    static func summary(_ r: RouteReport) -> String {
        String(format: "%.0f m, %.0f min, mine risk %.2f %%, %.0f s in KPA view", r.length, r.time / 60, r.mineRisk * 100, r.exposure)
    }

    static func lonLat(_ p: Point) -> String {
        let g = TransverseMercator.epsg5179.inverse(p)
        return String(format: "%.5f,%.5f", g.longitude, g.latitude)
    }

    func text() -> String {
        let p = result.personReport, t = result.teamReport
        var lines = [
            "guide \(setup.title): \(setup.light.rawValue), λ = \(JSONObjectBuilder.number(p.model.riskWeight)) s per unit hazard",
            "from    \(Self.lonLat(setup.start)) (\(setup.startNote))",
            "to      \(Self.lonLat(setup.goal)) (\(setup.goalNote))",
            "route   " + Self.summary(p) + String(format: "; weighted cost %.0f s", p.weightedCost),
            "meet    \(Self.lonLat(meetingPoint)), " + String(format: "%.0f m along the route", meetingDistance),
            "guided  " + String(format: "mine risk %.2f %% walking alone to the meeting point, then in the team's footsteps", guidedMineRisk * 100),
            "team    from \(setup.teamPostName): " + Self.summary(t),
            "",
            "Instructions for the person:",
        ]
        lines += result.personInstructions.sentences.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        let hail = "\"We are the ROK Army; we will guide you safely.\""
        if result.rendezvous.meetingIndex == 0 {
            lines.insert("  0. Stay where you are, low and still: the ROK team comes to you. Move only when you hear \(hail)", at: lines.count - result.personInstructions.legs.count)
        } else {
            lines.append("  The ROK team meets you after " + String(format: "%.0f m", meetingDistance) + ": stop there and wait for \(hail)")
        }
        lines += ["", "Instructions for the team (from \(setup.teamPostName)):"]
        lines += result.teamInstructions.sentences.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        lines.append("  Meet the person there, identify yourselves, and bring them back along the person's route to the reception point.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func report(_ r: RouteReport) -> String {
        var o = JSONObjectBuilder()
        o.add("length_m", r.length)
        o.add("time_s", r.time)
        o.add("mine_risk", r.mineRisk)
        o.add("mine_hazard", r.mineHazard)
        o.add("exposure_s", r.exposure)
        o.add("weighted_cost", r.weightedCost)
        return o.json
    }

    static func position(_ p: Point) -> String {
        let g = TransverseMercator.epsg5179.inverse(p)
        return "[\(JSONObjectBuilder.number(g.longitude)), \(JSONObjectBuilder.number(g.latitude))]"
    }

    static func strings(_ s: [String]) -> String { "[" + s.map(JSONObjectBuilder.quoted).joined(separator: ", ") + "]" }

    func json() -> String {
        var o = JSONObjectBuilder()
        o.add("scenario", setup.title)
        o.add("light", setup.light.rawValue)
        o.add("risk_weight", result.personReport.model.riskWeight)
        o.addRaw("from", json: Self.position(setup.start))
        o.addRaw("to", json: Self.position(setup.goal))
        o.addRaw("route", json: Self.report(result.personReport))
        o.addRaw("meeting", json: Self.position(meetingPoint))
        o.add("meeting_along_m", meetingDistance)
        o.add("guided_mine_risk", guidedMineRisk)
        o.add("team_post", setup.teamPostName)
        o.addRaw("team_route", json: Self.report(result.teamReport))
        o.addRaw("instructions", json: Self.strings(result.personInstructions.sentences))
        o.addRaw("team_instructions", json: Self.strings(result.teamInstructions.sentences))
        o.add("cells_expanded", result.cellsExpanded)
        return o.json
    }

    func geoJSON() -> String {
        RouteGeoJSON.document(
            routes: [
                .init(role: "person", instructions: result.personInstructions, report: result.personReport),
                .init(role: "team", instructions: result.teamInstructions, report: result.teamReport),
            ], meeting: meetingPoint)
    }

    func svg() -> String {
        let person = result.personRoute.map(result.personSurface.centre(of:))
        let team = result.rendezvous.teamRoute.map(result.teamSurface.centre(of:))
        let p = result.personReport, t = result.teamReport
        // The team first, so the person's route stays on top where both walk the same ground.
        let overlays = [
            MapOverlay(path: team, label: String(format: "team from %@: %.0f min", setup.teamPostName, t.time / 60), colour: "#1565c0"),
            MapOverlay(path: person, label: String(format: "route out: %.0f min, mine risk %.2f %%", p.time / 60, p.mineRisk * 100), colour: "#d81b60"),
            MapOverlay(point: meetingPoint, label: "meet here", colour: "#2e7d32"),
            MapOverlay(point: result.personSurface.centre(of: result.goal), label: "reception", colour: "#1565c0"),
        ]
        var r = WindowMapRenderer(
            model: setup.border, window: setup.window.box,
            title: "\(setup.title): guided route (\(setup.light.rawValue)) — " + Self.summary(p), overlays: overlays)
        r.mapWidth = 1000
        return r.render()
    }
}
