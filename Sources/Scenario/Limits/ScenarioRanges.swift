/// The physical range of every numeric field of a scenario document (docs/scenarios.md,
/// "Ranges"). The bounds come from the ground the scenarios describe — the DMZ is 248 km long and
/// 4 km wide, the civilian control line lies at most ~20 km south of it, Korea's weather records —
/// with room to spare, so that no real incident is refused and no absurd value (a river 1e7 m
/// wide, wind of 1,000 m/s) reaches the simulator, which would trap, allocate without bound or
/// never finish.
///
/// These are facts about the world, not resource limits: a user never needs to raise them. The
/// limits a bigger machine may raise are `ScenarioLimits`.
public enum ScenarioRanges {
    /// Distance north (+) or south (−) of the MDL of a position or window edge.
    public static let offMDL = PhysicalRange(
        -25_000, 25_000, unit: "m",
        why: "the DMZ is 4 km wide and the civilian control line lies at most ~20 km south of it; "
            + "write a place further away as [lon, lat]")
    /// Length of a centred window along the MDL.
    public static let windowLength = PhysicalRange(
        0, 250_000, open: true, unit: "m", why: "the DMZ is 248 km long")

    /// Horizontal visibility.
    public static let visibility = PhysicalRange(
        0, 100_000, open: true, unit: "m", why: "the clearest air seldom gives more than ~70 km")
    /// Rain rate.
    public static let rain = PhysicalRange(
        0, 300, unit: "mm/h", why: "the world's one-hour record is ~305 mm, Korea's ~145 mm")
    /// Mean wind speed.
    public static let wind = PhysicalRange(
        0, 75, unit: "m/s", why: "the strongest typhoon gusts measured in Korea are ~60 m/s")
    /// Air temperature.
    public static let temperature = PhysicalRange(
        -50, 50, unit: "°C", why: "Korea's records are −32.6 °C and 41 °C")

    /// Reach of a sensor in clear weather.
    public static let sensorRange = PhysicalRange(
        0, 50_000, open: true, unit: "m", why: "TODs reach ~10–20 km, coastal radars ~40 km")
    /// Direction a sensor faces, degrees clockwise from grid north.
    public static let facing = PhysicalRange(
        -360, 360, unit: "°", why: "a bearing; write it within one turn")
    /// Width of a sensor's field of regard.
    public static let arc = PhysicalRange(0, 360, open: true, unit: "°", why: "at most a full turn")
    /// Radius of a fault's place, a search, a hill or a post removal.
    public static let radius = PhysicalRange(
        0, 10_000, open: true, unit: "m", why: "a place, a search or a hill is a few kilometres across at most")
    /// A recorder's clock offset, either way.
    public static let clockOffset = PhysicalRange(
        -86_400, 86_400, unit: "s", why: "a recorder's clock off by more than a day is no longer a clock fault")
    /// Nuisance fence alarms per platoon post per hour.
    public static let nuisanceRate = PhysicalRange(
        0, 3_600, unit: "per hour", why: "~13 an hour calm, ~180 in strong wind (domain.md §3.2); at most one a second")

    /// Individuals moving together as one group.
    public static let count = PhysicalRange(
        1, 10_000, unit: "", why: "the largest groups in the reports are tens; a division is ~10,000")
    /// Independent groups of one actor.
    public static let groups = PhysicalRange(
        1, 10_000, unit: "", why: "the benchmark scatters 700 groups; each is simulated separately")
    /// Speed on a route leg.
    public static let speed = PhysicalRange(
        0, 60, open: true, unit: "m/s", why: "a vehicle on a road or a boat at sea; a person runs below 10 m/s")
    /// Rounds fired by one `fire` behaviour.
    public static let rounds = PhysicalRange(
        0, 10_000, unit: "", why: "the heaviest fire in the reports is ~40 rounds; 10,000 is a long firefight")
    /// How far short of ROK posts a pursuer stops.
    public static let standoff = PhysicalRange(0, 10_000, unit: "m", why: "the DMZ is 4 km wide")

    /// Width of a road, path, rail line, stream, river or culvert.
    public static let width = PhysicalRange(
        0, 5_000, open: true, unit: "m", why: "the Han estuary, the widest water on the MDL, is ~3 km across")
    /// Water depth.
    public static let depth = PhysicalRange(
        0, 100, open: true, unit: "m", why: "the rivers and the estuary on the MDL are a few metres to tens of metres deep")
    /// Current.
    public static let flow = PhysicalRange(0, 10, unit: "m/s", why: "the Imjin in flood ran at ~2 m/s")
    /// Water level as a multiple of normal.
    public static let level = PhysicalRange(
        0, 20, open: true, unit: "× normal", why: "the Imjin in flood ran at 5× its normal level")
    /// Mines per square metre.
    public static let minesPerM2 = PhysicalRange(
        0, 1, unit: "per m²", why: "dense DMZ fields are ~0.01–0.1 per m²; one per m² is wall to wall")
    /// Height of a ridge, hill or fence above its surroundings.
    public static let height = PhysicalRange(
        0, 2_000, open: true, unit: "m", why: "the highest peaks near the DMZ rise ~1,200 m above sea level")
    /// Length of a culvert or a fence fault.
    public static let length = PhysicalRange(
        0, 10_000, open: true, unit: "m", why: "a culvert or a stretch of faulty fence, not the border")
    /// A count in the expected outcome (rounds fired, alerts dismissed).
    public static let expectedCount = PhysicalRange(
        0, 1_000_000, unit: "", why: "a count of rounds or alerts in one incident")
    /// The year of `start`.
    public static let startYear = PhysicalRange(
        1953, 2100, unit: "", why: "the armistice was signed in 1953")
}
