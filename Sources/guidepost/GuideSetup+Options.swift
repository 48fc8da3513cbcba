import Border
import Foundation
import Guidance
import GuidepostCore
import Pipeline
import Scenario

extension GuideSetup {
    /// How far from the MDL (across it, or beyond its ends) a given start or reception point may
    /// lie, metres: the DMZ is 4 km wide and guard posts stand within a few km of it.
    static let maximumOffset = 20_000.0

    /// Loads scenario `argument` (a file or a bundled name) and makes its setup from the
    /// command's options; failures are worded for those options.
    static func make(
        scenario argument: String, from: GeoCoordinate?, fromNote: String = "--from", to: GeoCoordinate?, light: Light?, margin: Double, cell: Double,
        window subject: MapRequest.Subject? = nil
    ) throws -> GuideSetup {
        let (scenario, border) = try ScenarioFile.load(argument)
        // A start or reception point far off the border would make a window too big to price,
        // and the raster would blame --cell: name the option that is wrong instead.
        for (option, point) in [(fromNote == "--from" ? "--from" : "--track", from), ("--to", to)] {
            guard let point else { continue }
            let c = border.line.alongBorder(TransverseMercator.epsg5179.forward(point))
            let beyond = max(0, -c.s, c.s - border.line.length)
            guard abs(c.d) > maximumOffset || beyond > maximumOffset else { continue }
            let km = { (m: Double) in String(format: "%.0f", m / 1000) }
            throw InputError(
                file: "<argument>", field: option,
                reason: "\(String(format: "%.5f,%.5f", point.longitude, point.latitude)) is "
                    + (beyond > maximumOffset ? "\(km(beyond)) km beyond the end of the MDL" : "\(km(abs(c.d))) km \(c.d > 0 ? "north" : "south") of the MDL")
                    + ": guide plans a way out of the DMZ, within \(km(maximumOffset)) km of the MDL",
                hint: "give a place near the border, longitude first")
        }
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
                let named = [from == nil ? nil : fromNote, to == nil ? nil : "--to", subject == nil ? "--margin" : "--window"].compactMap { $0 }
                throw InputError(
                    file: "<argument>", field: "--cell",
                    reason: "the window holding the start, the reception point and the team's post cannot be priced at \(cell) m: \(reason)",
                    hint: "check \(named.joined(separator: ", ")), or use a larger --cell")
            }
        }
    }
}
