/// A sensor's look that missed a confirmed track, waiting for the track's next detection
/// (`SensorDetectionRates.missesAwaitDetection`), with the track's existence at that look, which
/// weighs it then as it would have counted at once.
struct SensorMiss: Sendable, Equatable {
    var sensor: Int
    var existence: Double
    var time: Double
}
