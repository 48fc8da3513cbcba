public import GuidepostCore

/// Everything about the environment a sensor model needs at one moment.
public struct Conditions: Hashable, Sendable {
    public var light: Light
    public var weather: Weather

    public init(light: Light, weather: Weather) {
        self.light = light
        self.weather = weather
    }
}
