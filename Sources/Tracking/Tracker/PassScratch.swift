/// One sensor pass's working arrays: which detections are taken, what each track got, and the
/// target mass explaining each detection (the rest is clutter, `ClutterMap`).
struct PassScratch {
    var used: [Bool]
    var mass: [Double]
    var ratioSum: [Double]
    var hit: [Bool]
    var thermal: [Double?]
    /// The detection a track took outright (GNN), by track.
    var taken: [Int?]

    init(detections: Int, tracks: Int) {
        used = [Bool](repeating: false, count: detections)
        mass = [Double](repeating: 0, count: detections)
        ratioSum = [Double](repeating: 0, count: tracks)
        hit = [Bool](repeating: false, count: tracks)
        thermal = [Double?](repeating: nil, count: tracks)
        taken = [Int?](repeating: nil, count: tracks)
    }
}
