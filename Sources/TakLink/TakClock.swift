public import CoT
import Foundation

/// The wall clock CoT times are stamped with: devices compare `stale` with their own clocks, so
/// a live link stamps events with the time they are sent, whatever the watch's clock says.
public enum TakClock {
    /// Now, to the millisecond.
    public static func now() -> CoTTime {
        CoTTime(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }
}
