public import FieldSimulation
public import GuidepostCore
public import Pipeline
public import TakLink

/// The simulator's feed knows where its guidance teams are: `--tak-publish-teams` sends them to
/// the TAK server as their devices would.
extension FieldChannelFeed: TeamPositionReporting where Field == SimulatedField {
    public var teamPositions: [(name: String, position: Point)] { field.teamPositions }
}
