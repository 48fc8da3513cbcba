/// What a source hands `DetectionFeed`: lines, problems it found itself (an over-long line, a
/// refused connection), and word that a live stream has fallen silent.
public enum FeedInput: Equatable, Sendable {
    /// A line to parse.
    case line(FeedLine)
    /// A problem the source found before any parsing; counted and reported by the feed.
    case problem(FeedProblem)
    /// The stream has been silent for a while (a live source says so after a second or so
    /// without a line): the scans the reorder window was holding back come out now, so an
    /// alert is not held back by silence.
    case idle
}
