import GuidepostCore
import Operations

/// The engine's commands in words, as `guidepost serve` prints them when a live feed records
/// them as orders for the radios instead of a simulator carrying them out.
enum FeedOrderText {
    static func describe(_ command: FieldCommand) -> String {
        switch command {
        case .dispatch(let team, let route, let person, let incident):
            "\(incident): send \(team) along a route of \(route.count) points to meet the person near \(at(person))"
        case .checkCamera(let alert, let p):
            "\(alert): slew the cameras to \(at(p)) and report what they show"
        case .question(let subject, let incident):
            "\(incident): question \(subject)"
        case .warn(let p, let incident):
            "\(incident): broadcast a warning and fire warning shots from the post nearest \(at(p))"
        }
    }

    static func at(_ p: Point) -> String { "(\(Int(p.x.rounded())), \(Int(p.y.rounded())))" }
}
