import Border
import Guidance
import GuidepostCore
import Pipeline
import Scenario

extension GuideSetup {
    /// Loads scenario `argument` (a file or a bundled name) and makes its setup from the
    /// command's options; failures are worded for those options.
    static func make(
        scenario argument: String, from: GeoCoordinate?, fromNote: String = "--from", to: GeoCoordinate?, light: Light?, margin: Double, cell: Double,
        window subject: MapRequest.Subject? = nil
    ) throws -> GuideSetup {
        let (scenario, border) = try ScenarioFile.load(argument)
        var box: PlanarBox?
        if case .window(let centre, let width, let height)? = subject { box = MapRequest.box(centre: centre, width: width, height: height) }
        do {
            return try make(
                scenario, border: border, from: from.map { ($0, fromNote) }, to: to.map { ($0, "--to") }, light: light, margin: margin,
                cell: cell, window: box)
        } catch {
            switch error {
            case .noPersonToGuide:
                throw InputError(file: scenario.file, field: "actors", reason: "no actor of kind person to guide", hint: "give --from LON,LAT")
            case .personHasNoRoute(let actor):
                throw InputError(file: scenario.file, field: "actors.\(actor).route", reason: "the person has no route", hint: "give --from LON,LAT")
            case .noReceptionPost:
                throw InputError(file: scenario.file, reason: "no manned GOP post on this border to receive the person", hint: "give --to LON,LAT")
            case .noTeamPost:
                throw InputError(file: scenario.file, reason: "no manned ROK post for the guidance team")
            case .outsideWindow(let name):
                throw InputError(file: "<argument>", field: "--window", reason: "the \(name) lies outside the window", hint: "widen or move --window, or leave it out")
            case .window(let reason):
                throw InputError(file: "<argument>", field: "--cell", reason: reason, hint: "use a larger --cell or a smaller --margin/--window")
            }
        }
    }
}
