public import GuidepostCore

/// Says what a track is, with a probability (a role of its own, as in Stone Soup's classifiers).
public protocol Classifier: Sendable {
    /// The most probable class and its posterior probability.
    func classify(_ features: ClassFeatures) -> (TargetClass, probability: Double)
}
