/// Screens the lines of a stream that must come in time order (DESIGN.md: JSON Lines sorted by
/// `t`), so that one line out of order costs that line, not the rest of the stream.
///
/// A reader that trusts the order is wrecked by a single bad line: one line far in the future
/// makes every later line look late (a tracker drops them all; an alarm feed waits forever),
/// and one line in the past breaks a consumer that requires time to go forward. The screen
/// holds each line that moves time forward by more than `tolerance` until the next line says
/// whether the stream went on from there:
/// - the next line is at or after it (within `tolerance`): it was a real step forward, and is
///   passed on;
/// - the next line goes back to where the stream was before it: it jumped ahead of its
///   neighbours, and is refused;
/// - the next line is earlier than both: that next line is the one out of order, and is refused.
///
/// A line earlier than the latest passed-on time by more than `tolerance` is refused. Lines
/// within `tolerance` of each other pass in any order (a tracker's reorder window). Memory is
/// O(1); a line is passed on at most one line late.
public struct TimeOrderScreen<Item> {
    /// How far back in time a line may go and still be used, seconds (0: times never go back).
    public let tolerance: Double
    /// The name used in error messages: the path, or `<stdin>`.
    public let file: String
    private var frontier: (t: Double, line: Int)?
    private var held: (item: Item, t: Double, line: Int)?

    public init(file: String, tolerance: Double = 0) {
        self.file = file
        self.tolerance = tolerance
    }

    /// Screens `item`, at time `t` on line `line`: calls `accept` with each item passed on (in
    /// stream order: a held one first) and `refuse` with each item refused and why.
    public mutating func add(
        _ item: Item, t: Double, line: Int, accept: (Item) -> Void, refuse: (Item, InputError) -> Void
    ) {
        if let h = held {
            held = nil
            if t >= h.t - tolerance {
                pass(h, accept)
            } else if frontier.map({ t >= $0.t - tolerance }) ?? true {
                let before = frontier.map { "t = \(Self.number($0.t)) at line \($0.line)" } ?? "no earlier line"
                refuse(
                    h.item,
                    InputError(
                        file: file, line: h.line, field: "t",
                        reason: "t = \(Self.number(h.t)) jumps ahead of the lines around it (\(before); t = \(Self.number(t)) at line \(line)); skipped",
                        hint: "lines must be sorted by t"))
            } else {
                pass(h, accept)
            }
        }
        if let f = frontier, t < f.t - tolerance {
            refuse(
                item,
                InputError(
                    file: file, line: line, field: "t",
                    reason: "t = \(Self.number(t)) is earlier than t = \(Self.number(f.t)) at line \(f.line), already read; skipped",
                    hint: tolerance > 0
                        ? "lines must be sorted by t (at most \(Self.number(tolerance)) s out of order)" : "lines must be sorted by t"))
        } else if frontier.map({ t > $0.t + tolerance }) ?? true {
            held = (item, t, line)
        } else {
            pass((item, t, line), accept)
        }
    }

    /// The end of the stream: passes on a held line (nothing came after it to contradict it).
    public mutating func finish(accept: (Item) -> Void) {
        if let h = held {
            held = nil
            pass(h, accept)
        }
    }

    private mutating func pass(_ entry: (item: Item, t: Double, line: Int), _ accept: (Item) -> Void) {
        if frontier.map({ entry.t > $0.t }) ?? true { frontier = (entry.t, entry.line) }
        accept(entry.item)
    }

    static func number(_ t: Double) -> String { JSONObjectBuilder.number(t) }
}
