import Border
import GuidepostCore

/// The one place the command line obtains the along-border frame for (s, d) coordinates:
/// the shipped MDL (docs/border.md), the same line every other command uses.
func defaultAlongBorderFrame() throws -> any AlongBorderFrame {
    try MDLData.bundledLine()
}
