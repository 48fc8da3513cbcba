public import GuidepostCore

/// A feed that knows where its own guidance teams are (the simulator does; a live sensor feed
/// does not): what `TakTeamFeed` publishes as those teams' devices.
public protocol TeamPositionReporting: AnyObject {
    /// The teams out in the field now, by the name the engine dispatched them by.
    var teamPositions: [(name: String, position: Point)] { get }
}
