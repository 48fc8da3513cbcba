import GuidepostCore

/// The one place the command line obtains the along-border frame (the MDL) for (s, d)
/// coordinates. Border is being written in parallel; until it is merged this build has no MDL,
/// so the frame is unavailable and says so.
func defaultAlongBorderFrame() throws -> any AlongBorderFrame {
    throw AlongBorderFrameUnavailable()
}

/// Along-border coordinates were asked for but this build cannot provide the frame.
struct AlongBorderFrameUnavailable: Error, CustomStringConvertible {
    var description: String {
        "along-border coordinates need the Border model, which is not in this build"
    }
}
