public import Scenario

/// How a sensor perceives an actor in a given posture: warm area, radar cross-section and the
/// height of its top above the ground (for line of sight).
///
/// Values (assumptions, docs/simulation.md): a standing adult 0.85 m² and 1.7 m, 1 m² RCS
/// (a common X-band figure for a walking man); crawling or lying in cover 0.35 m² at 0.4 m;
/// wading 0.6 m² at 1.2 m; swimming 0.15 m² at 0.3 m and a head floating in a river 0.1 m² at
/// 0.25 m (the 2019 "small ball-like" heat spot) — both counted ×4 as effective thermal area,
/// because a warm head on cool, uniform water has high contrast and no clutter (R₅₀ × 2); wild boar 0.5 m² / 0.5 m² / 0.8 m; water deer
/// 0.45 / 0.4 / 0.9; roe deer 0.5 / 0.5 / 1.0; a bird 0.02 / 0.01 / 0.3; a jeep 6 / 10 / 1.9;
/// a boat 3 / 5 / 1.5. A group of n is one unresolved blob: area and RCS × min(n, 6).
public struct ActorProfile: Hashable, Sendable {
    public var thermalArea: Double
    public var radarCrossSection: Double
    public var height: Double
    /// Area a camera sees, m² (a swimmer's or floater's head, not the thermal-contrast figure).
    public var visibleArea: Double

    public init(thermalArea: Double, radarCrossSection: Double, height: Double, visibleArea: Double? = nil) {
        self.thermalArea = thermalArea
        self.radarCrossSection = radarCrossSection
        self.height = height
        self.visibleArea = visibleArea ?? thermalArea
    }

    /// A person or group in `mode`, hidden or not.
    public static func person(mode: Waypoint.Mode, hidden: Bool, count: Int) -> ActorProfile {
        let one: ActorProfile
        if hidden {
            one = ActorProfile(thermalArea: 0.35, radarCrossSection: 0.3, height: 0.4)
        } else {
            switch mode {
            case .walk, .run, .climb: one = ActorProfile(thermalArea: 0.85, radarCrossSection: 1, height: 1.7)
            case .crawl: one = ActorProfile(thermalArea: 0.35, radarCrossSection: 0.3, height: 0.4)
            case .wade: one = ActorProfile(thermalArea: 0.6, radarCrossSection: 0.7, height: 1.2)
            case .swim: one = ActorProfile(thermalArea: 0.6, radarCrossSection: 0.1, height: 0.3, visibleArea: 0.15)
            case .float: one = ActorProfile(thermalArea: 0.4, radarCrossSection: 0.05, height: 0.25, visibleArea: 0.1)
            case .drive: one = vehicle
            case .boat: one = ActorProfile(thermalArea: 3, radarCrossSection: 5, height: 1.5)
            }
        }
        return one.grouped(count)
    }

    /// An animal of `species`, group of `count`.
    public static func animal(_ species: Actor.Species, count: Int) -> ActorProfile {
        let one: ActorProfile
        switch species {
        case .wildBoar: one = ActorProfile(thermalArea: 0.5, radarCrossSection: 0.5, height: 0.8)
        case .waterDeer: one = ActorProfile(thermalArea: 0.45, radarCrossSection: 0.4, height: 0.9)
        case .roeDeer: one = ActorProfile(thermalArea: 0.5, radarCrossSection: 0.5, height: 1.0)
        case .bird: one = ActorProfile(thermalArea: 0.02, radarCrossSection: 0.01, height: 0.3)
        }
        return one.grouped(count)
    }

    /// A jeep-sized vehicle.
    public static let vehicle = ActorProfile(thermalArea: 6, radarCrossSection: 10, height: 1.9)

    func grouped(_ n: Int) -> ActorProfile {
        let k = Double(min(max(n, 1), 6))
        return ActorProfile(
            thermalArea: thermalArea * k, radarCrossSection: radarCrossSection * k, height: height, visibleArea: visibleArea * k)
    }
}
