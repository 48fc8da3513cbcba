public import GuidepostCore

/// When an actor moves, as a function of light: a person crossing walks at night and hides by
/// day (the 2025-07-03 crosser barely moved in daylight — domain.md §7 row M); animals are
/// mostly nocturnal (wild boar ~88 % active 18:00–05:00 — domain.md §2).
public enum MovementSchedule: String, Hashable, Sendable, Codable {
    /// Moves whatever the light.
    case always
    /// Moves at night and twilight; stays put by day.
    case nightOnly = "night_only"
    /// Moves at night; by day moves only in short bursts (`dayActivity` of the time).
    case mostlyNocturnal = "mostly_nocturnal"
    /// Moves by day; at night only in short bursts (roe deer: crepuscular and diurnal).
    case mostlyDiurnal = "mostly_diurnal"

    /// The fraction of the time the actor is moving under `light`.
    public func activity(_ light: Light, dayActivity: Double = 0.12) -> Double {
        switch (self, light) {
        case (.always, _): return 1
        case (.nightOnly, .day): return 0
        case (.nightOnly, _): return 1
        case (.mostlyNocturnal, .day): return dayActivity
        case (.mostlyNocturnal, .twilight): return 0.7
        case (.mostlyNocturnal, .night): return 1
        case (.mostlyDiurnal, .day): return 1
        case (.mostlyDiurnal, .twilight): return 0.7
        case (.mostlyDiurnal, .night): return dayActivity
        }
    }
}
