public import GuidepostCore
import RealModule

/// The clutter density λ (false detections per m² per look), learnt online for each sensor and
/// each place, so that nobody has to tell the tracker how much clutter there is.
///
/// The border's false detections are neither uniform nor known in advance: animals in forests and
/// stream beds, wind on a fence, and they change by the hour. A λ set too low confirms chains of
/// clutter as tracks; set too high, it makes real targets slow to confirm and easy to lose.
///
/// Every detection a sensor reports carries a weight w = 1 − (the mass of targets that explain
/// it): 1 − Σᵢ rᵢ βᵢⱼ over the tracks that took it (βᵢⱼ its association probability, rᵢ the
/// track's existence), 1 − r₀ for one that starts a new track. Each sensor keeps, with
/// exponential forgetting (half-life `halfLife` seconds of feed time), its looks E, the total
/// weight W, the bounding box of everything it reported (area A), and the
/// weight n_c in each `cellSize` square cell c (area a). Then
///
///   λ_s = (W + k₀ λ₀ A) / ((E + k₀) A)          the sensor's mean density (prior λ₀, k₀ looks),
///   λ_c = (n_c / a + k λ_s) / (E + k)           the cell's, shrunk towards λ_s by k looks,
///
/// the Gamma–Poisson posterior means of a Poisson count per look (Mahler, Vo & Vo, "CPHD
/// filtering with unknown clutter rate and detection profile", IEEE TSP 2011, estimate the rate
/// globally; the map spreads it over space like a clutter map of classical radar CFAR, Nitzberg
/// 1972). A forest cell that keeps producing false detections carries its own high λ, a quiet
/// field its own low one, and an hour later both have forgotten half of what they knew.
///
/// A border sensor reports only when it sees something, so its looks are not its reports: a
/// camera that sees one false detection a minute looks thirty times in that minute. E counts the
/// looks between reports as the time between them over the sensor's revisit period (the
/// shortest gap between its reports so far, as `SensorLooks` learns it); taking the period too
/// long only overstates λ, the cautious side.
///
/// Only the past is used: a scan's detections are scored against the map as it stood before them.
/// - Complexity: O(1) per detection (a hash lookup); memory O(cells a sensor has reported in),
///   bounded by the ground it sees, not by time.
public struct ClutterMap: Sendable, Equatable {
    /// Edge of a cell, metres.
    public var cellSize: Double
    /// Seconds of feed time after which what was learnt counts half.
    public var halfLife: Double
    /// λ₀, the density assumed before anything is learnt (per m² per look).
    public var prior: Double
    /// k₀, looks' worth of weight on λ₀ in a sensor's mean.
    public var priorLooks: Double
    /// k, looks' worth of weight on the sensor's mean in a cell's density.
    public var cellPriorLooks: Double
    /// The least area a sensor is taken to watch, m²: until its reports have spread over more,
    /// its first few false detections do not read as a dense patch.
    public var smallestArea: Double

    private struct Cell: Sendable, Equatable {
        var weight: Double
        var time: Double
    }

    private struct SensorClutter: Sendable, Equatable {
        var looks = 0.0
        var weight = 0.0
        var time: Double
        var lastLook: Double?
        var period: Double?
        var minX = Double.infinity, maxX = -Double.infinity
        var minY = Double.infinity, maxY = -Double.infinity
        /// Keyed by cell; only looked up, never iterated, so nothing depends on hash order.
        var cells: [Int64: Cell] = [:]
    }

    private var sensors: [Int: SensorClutter] = [:]

    public init(
        prior: Double = 1e-7, cellSize: Double = 500, halfLife: Double = 3_600, priorLooks: Double = 5,
        cellPriorLooks: Double = 20, smallestArea: Double = 1e6
    ) {
        precondition(prior > 0, "the prior clutter density must be positive")
        precondition(cellSize > 0 && halfLife > 0 && priorLooks > 0 && cellPriorLooks > 0, "map parameters must be positive")
        self.prior = prior
        self.cellSize = cellSize
        self.halfLife = halfLife
        self.priorLooks = priorLooks
        self.cellPriorLooks = cellPriorLooks
        self.smallestArea = smallestArea
    }

    /// λ_s: sensor `sensor`'s mean clutter density at `time` (λ₀ for a sensor never seen).
    public func density(sensor: Int, at time: Double) -> Double {
        guard let s = sensors[sensor] else { return prior }
        let f = fading(time - s.time)
        let area = self.area(s)
        return (s.weight * f + priorLooks * prior * area) / ((s.looks * f + priorLooks) * area)
    }

    /// λ_c: the clutter density at `position` as sensor `sensor` sees it at `time`.
    public func density(at position: Point, sensor: Int, at time: Double) -> Double {
        guard let s = sensors[sensor] else { return prior }
        let f = fading(time - s.time)
        let mean = density(sensor: sensor, at: time)
        let cell = s.cells[key(position)]
        let n = cell.map { $0.weight * fading(time - $0.time) } ?? 0
        return (n / (cellSize * cellSize) + cellPriorLooks * mean) / (s.looks * f + cellPriorLooks)
    }

    /// Records a scan in which `sensor` reported at `time`, and the looks it made unreported
    /// since its last report (call once per sensor and scan, in time order, after its
    /// detections' `record` calls).
    public mutating func looked(_ sensor: Int, at time: Double) {
        var s = sensors[sensor] ?? SensorClutter(time: time)
        let f = fading(time - s.time)
        var added = 1.0
        if let last = s.lastLook {
            let gap = time - last
            if gap > 0 {
                let period = min(s.period ?? gap, gap)
                s.period = period
                added = max((gap / period).rounded(), 1)
            } else {
                added = 0
            }
        }
        s.lastLook = time
        s.looks = s.looks * f + added
        s.weight *= f
        s.time = time
        sensors[sensor] = s
    }

    /// Records a detection at `position` from `sensor` that is clutter with weight `weight`
    /// (1 − the target mass that explains it).
    public mutating func record(_ position: Point, weight: Double, sensor: Int, at time: Double) {
        var s = sensors[sensor] ?? SensorClutter(time: time)
        let f = fading(time - s.time)
        s.looks *= f
        s.weight = s.weight * f
        s.time = time
        s.minX = min(s.minX, position.x)
        s.maxX = max(s.maxX, position.x)
        s.minY = min(s.minY, position.y)
        s.maxY = max(s.maxY, position.y)
        let w = min(max(weight, 0), 1)
        s.weight += w
        if w > 0 {
            let k = key(position)
            var cell = s.cells[k] ?? Cell(weight: 0, time: time)
            cell.weight = cell.weight * fading(time - cell.time) + w
            cell.time = time
            s.cells[k] = cell
        }
        sensors[sensor] = s
    }

    /// Takes back weight recorded for a detection that turned out to be a target's: a tentative
    /// track's detections count as clutter until it is confirmed, then they are withdrawn (faded
    /// as the weight has faded since).
    public mutating func withdraw(_ position: Point, weight: Double, sensor: Int, recordedAt recorded: Double, at time: Double) {
        guard var s = sensors[sensor], weight > 0 else { return }
        let w = weight * fading(time - recorded)
        let f = fading(time - s.time)
        s.looks *= f
        s.weight = max(s.weight * f - w, 0)
        s.time = time
        let k = key(position)
        if var cell = s.cells[k] {
            cell.weight = max(cell.weight * fading(time - cell.time) - w, 0)
            cell.time = time
            s.cells[k] = cell
        }
        sensors[sensor] = s
    }

    /// 2^(−Δt / half-life).
    @inline(__always)
    private func fading(_ dt: Double) -> Double {
        dt <= 0 ? 1 : Double.exp2(-dt / halfLife)
    }

    @inline(__always)
    private func key(_ p: Point) -> Int64 {
        let cx = Int64(max(min((p.x / cellSize).rounded(.down), 1e9), -1e9))
        let cy = Int64(max(min((p.y / cellSize).rounded(.down), 1e9), -1e9))
        return (cx << 31) &+ (cy &+ (1 << 30))
    }

    /// The area of the box around everything the sensor reported, at least `smallestArea`.
    private func area(_ s: SensorClutter) -> Double {
        guard s.minX <= s.maxX else { return smallestArea }
        return max((s.maxX - s.minX) * (s.maxY - s.minY), smallestArea)
    }
}
