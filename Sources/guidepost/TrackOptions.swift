public import ArgumentParser
public import Pipeline

/// The tracker's defaults, from their one home (`TrackerConfiguration`).
private let defaults = TrackerConfiguration()

/// The tracker's main parameters as options: a thin mapping onto `TrackerConfiguration`, which
/// holds the defaults (people and animals on foot watched by thermal cameras and ground radar a
/// few seconds apart) and makes the tracker.
struct TrackOptions: ParsableArguments {
    @Option(help: "Data association: gnn (global nearest neighbour, optimal assignment) or jpda.")
    var associator = defaults.associator
    @Option(help: "Motion model: cv (constant velocity), imm (stop-and-go interacting multiple model) or imm3 (stop, walk, manoeuvre).")
    var filter = defaults.filter
    @Option(help: "Acceleration noise q of the constant-velocity model (the IMMs' moving or walking mode), m²/s³, to start from; the tracker learns its targets' own unless --fixed-process-noise.")
    var processNoise = defaults.processNoise
    @Flag(help: "Use --process-noise always instead of learning it from the confirmed tracks.")
    var fixedProcessNoise = defaults.fixedProcessNoise
    @Option(help: "Acceleration noise of imm3's manoeuvring mode, m²/s³.")
    var manoeuvreNoise = defaults.manoeuvreNoise
    @Option(help: "Probability that a sensor detects a target in a scan.")
    var pd = defaults.pd
    @Option(help: "False detections per square metre per scan (clutter density λ) to start from; the tracker learns each sensor's and place's own unless --fixed-clutter.")
    var clutterDensity = defaults.clutterDensity
    @Flag(help: "Use --clutter-density everywhere, always, instead of learning the clutter per sensor and place.")
    var fixedClutter = defaults.fixedClutter
    @Option(help: "Probability that a true detection falls inside the χ² gate.")
    var gate = defaults.gate
    @Option(help: "Standard deviation of a new track's speed in each axis, m/s (where it starts with --learn-speed-sigma).")
    var speedSigma = defaults.speedSigma
    @Flag(help: "Learn the new tracks' speed spread from the confirmed tracks' speeds, starting from --speed-sigma.")
    var learnSpeedSigma = defaults.learnSpeedSigma
    @Option(help: "New targets per square metre per scan (birth density β); a new track starts at β / (β + λ).")
    var birthDensity = defaults.birthDensity
    @Option(help: "Existence probability at which a track is confirmed and reported (0.5 minimises GOSPA).")
    var confirm = defaults.confirm
    @Option(help: "Detections a track needs before it is confirmed.")
    var minHits = defaults.minHits
    @Option(help: "Existence probability below which a confirmed track is left out of the output while it coasts (0.5 minimises GOSPA; 0 writes every confirmed track).")
    var reportAbove = defaults.reportAbove
    @Option(help: "Also leave out tracks too uncertain to be of use within this many metres (GOSPA's cut-off c): minimises GOSPA with that c. Off by default.")
    var reportCutoff: Double?
    @Option(help: "Existence probability below which a confirmed track is deleted.")
    var deleteBelow = defaults.deleteBelow
    @Option(help: "Mean target lifetime, seconds (sets how fast existence decays while unseen; where it starts with --learn-lifetime).")
    var lifetime = defaults.lifetime
    @Flag(help: "Learn the mean lifetime from the established tracks' times and ends, starting from --lifetime (for sensors whose targets end rather than hide).")
    var learnLifetime = defaults.learnLifetime
    @Flag(help: "Use --pd for every sensor and track instead of learning each one's own detection probability.")
    var fixedPd = defaults.fixedPd
    @Flag(help: "Learn P_D without its two biases: a sensor's misses of a track count once the track is seen again, and how far each track's own P_D may stray from its sensor's is learnt (for sensors whose targets end rather than hide).")
    var learnPdSpread = defaults.learnPdSpread
    @Option(help: "Seconds a sensor that detected a track is taken to still cover it (its looks without the track are misses).")
    var coverageMemory = defaults.coverageMemory
    @Option(help: "Seconds to hold detections back so that ones arriving late are put in order.")
    var reorderWindow = defaults.reorderWindow
    @Flag(
        help: """
            Filter range/bearing detections in polar form (EKF from the sensor's position) instead of as positions \
            with their covariance. On the simulator's full-border output the two score the same within noise \
            (docs/tracking.md), so the simpler position form is the default.
            """)
    var polar = defaults.polar
    @Option(help: "Range noise of range/bearing detections, metres (default: from each detection's covariance).")
    var rangeSigma: Double?
    @Option(help: "Bearing noise of range/bearing detections, degrees (default: from each detection's covariance).")
    var bearingSigma: Double?
    @Option(help: "Grid cell for gating, metres.")
    var cell = defaults.cell

    /// The configuration these options describe.
    var configuration: TrackerConfiguration {
        var c = TrackerConfiguration()
        c.associator = associator
        c.filter = filter
        c.processNoise = processNoise
        c.fixedProcessNoise = fixedProcessNoise
        c.manoeuvreNoise = manoeuvreNoise
        c.pd = pd
        c.clutterDensity = clutterDensity
        c.fixedClutter = fixedClutter
        c.gate = gate
        c.speedSigma = speedSigma
        c.learnSpeedSigma = learnSpeedSigma
        c.birthDensity = birthDensity
        c.confirm = confirm
        c.minHits = minHits
        c.deleteBelow = deleteBelow
        c.reportAbove = reportAbove
        c.reportCutoff = reportCutoff
        c.lifetime = lifetime
        c.learnLifetime = learnLifetime
        c.fixedPd = fixedPd
        c.learnPdSpread = learnPdSpread
        c.coverageMemory = coverageMemory
        c.reorderWindow = reorderWindow
        c.polar = polar
        c.rangeSigma = rangeSigma
        c.bearingSigma = bearingSigma
        c.cell = cell
        return c
    }

    func validate() throws {
        guard pd > 0, pd < 1 else { throw ValidationError("--pd must lie strictly between 0 and 1.") }
        guard gate > 0, gate < 1 else { throw ValidationError("--gate must lie strictly between 0 and 1.") }
        guard clutterDensity > 0 else { throw ValidationError("--clutter-density must be positive (try 1e-7).") }
        guard reportAbove >= 0, reportAbove < 1 else { throw ValidationError("--report-above must lie in [0, 1) (try 0.5).") }
        guard (reportCutoff ?? 1) > 0, (reportCutoff ?? 1).isFinite else { throw ValidationError("--report-cutoff must be a positive number of metres (try 50).") }
        guard processNoise >= 0 else { throw ValidationError("--process-noise must be ≥ 0.") }
        guard manoeuvreNoise >= 0, manoeuvreNoise.isFinite else { throw ValidationError("--manoeuvre-noise must be a finite number ≥ 0 (try 1).") }
        guard speedSigma > 0, (rangeSigma ?? 1) > 0, (bearingSigma ?? 1) > 0, cell > 0, lifetime > 0, coverageMemory > 0 else {
            throw ValidationError("--speed-sigma, --range-sigma, --bearing-sigma, --cell, --lifetime and --coverage-memory must be positive.")
        }
        guard TrackerConfiguration.cellRange.contains(cell) else {
            let r = TrackerConfiguration.cellRange
            throw ValidationError("--cell must lie between \(Int(r.lowerBound)) and \(Int(r.upperBound)) metres (the gating grid's cell); got \(cell).")
        }
        guard birthDensity > 0 else { throw ValidationError("--birth-density must be positive (try 1e-9).") }
        guard confirm > 0, confirm < 1, deleteBelow >= 0, deleteBelow < 1 else {
            throw ValidationError("--confirm and --delete-below must lie between 0 and 1.")
        }
        guard reorderWindow >= 0 else { throw ValidationError("--reorder-window must be ≥ 0 seconds.") }
    }
}

/// `--associator gnn|jpda`.
extension TrackerConfiguration.Association: ExpressibleByArgument {}
/// `--filter cv|imm`.
extension TrackerConfiguration.Motion: ExpressibleByArgument {}
