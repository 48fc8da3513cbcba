import Foundation

/// The detection-probability roll-off shared by the sensor models: Pd(r) = P_max / (1 + e^((r − R₅₀)/w)),
/// where R₅₀ is the range of 50 % single-look probability (times P_max) and w the width of the
/// roll-off. A logistic curve is the usual empirical fit of Pd against range (it is the shape of
/// the NVESD/Johnson "target transfer probability function" near R₅₀).
@inline(__always) func logisticProbability(range r: Double, halfRange r50: Double, width w: Double, maximum: Double)
    -> Double
{
    guard r50 > 0 else { return 0 }
    let z = (r - r50) / max(w, 1e-9)
    if z > 40 { return 0 }
    return maximum / (1 + exp(z))
}
