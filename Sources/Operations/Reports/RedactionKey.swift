import Foundation

/// Text folded for identity matching: the form in which "Kim Jong-il", "KIM JONGIL",
/// "kim  jong il", "Kim Jŏng-il" and a full-width or decomposed spelling of the same name are one
/// string. `Redactor` matches terms on this form and maps each match back to the characters of
/// the original text.
///
/// Folding, per character: Unicode compatibility decomposition (NFKD: full-width letters,
/// ligatures, Hangul syllables to jamo, accents split off), then lower case, then combining
/// marks dropped (so McCune–Reischauer's ŏ and ŭ meet o and u). Characters that only separate
/// the parts of a name — spaces of any kind, hyphens and dashes, apostrophes (Ch'ŏl), middle
/// dots, full stops, underscores and invisible format characters (soft hyphen, zero-width
/// space) — fold to nothing and are skipped when matching, so they may appear or not anywhere
/// inside a name.
struct RedactionKey {
    /// One folded Unicode scalar and the index of the original character it came from.
    struct Unit {
        var scalar: Unicode.Scalar
        var character: Int
        /// True when this scalar begins its character's folding.
        var startsCharacter: Bool
        /// True when this scalar ends its character's folding.
        var endsCharacter: Bool
        /// True when a separator character lies between this unit and the one before it.
        var afterSeparator: Bool
    }

    /// The original characters.
    let characters: [Character]
    /// The folded scalars of the non-separator characters, in order.
    let units: [Unit]

    init(_ text: String) {
        characters = Array(text)
        var units: [Unit] = []
        var pendingSeparator = false
        for (i, ch) in characters.enumerated() {
            let folded = Self.fold(ch)
            guard !folded.isEmpty else {
                pendingSeparator = true
                continue
            }
            for (k, scalar) in folded.enumerated() {
                units.append(
                    Unit(
                        scalar: scalar, character: i, startsCharacter: k == 0, endsCharacter: k == folded.count - 1,
                        afterSeparator: k == 0 && pendingSeparator))
            }
            pendingSeparator = false
        }
        self.units = units
    }

    /// The folded scalars of a term (separators removed), for matching against `units`.
    static func skeleton(_ term: String) -> [Unicode.Scalar] {
        term.flatMap { fold($0) }
    }

    /// The folded scalars of one character; empty for a separator.
    static func fold(_ ch: Character) -> [Unicode.Scalar] {
        if let ascii = ch.asciiValue {  // the common case, without building strings
            let s = Unicode.Scalar(ascii)
            if isSeparatorScalar(s) { return [] }
            return [ascii >= 0x41 && ascii <= 0x5A ? Unicode.Scalar(ascii + 0x20) : s]
        }
        if isSeparator(ch) { return [] }
        let decomposed = String(ch).decomposedStringWithCompatibilityMapping.lowercased()
        return decomposed.unicodeScalars.filter { s in
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: false
            default: !isSeparatorScalar(s)
            }
        }
    }

    static func isSeparator(_ ch: Character) -> Bool {
        ch.unicodeScalars.allSatisfy { s in
            isSeparatorScalar(s) || s.properties.generalCategory == .format || s.properties.generalCategory == .nonspacingMark
        }
    }

    static func isSeparatorScalar(_ s: Unicode.Scalar) -> Bool {
        if s.properties.isWhitespace { return true }
        switch s.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D,  // hyphens, dashes, minus
            0x27, 0x2018, 0x2019, 0x02BC, 0x02BB, 0x02BD, 0xFF07, 0x60, 0xB4,  // apostrophes (Ch'ŏl-su)
            0xB7, 0x2027, 0x30FB, 0xFF65, 0x2E, 0xFF0E, 0x5F, 0xFF3F:  // middle dots, full stops, underscores
            return true
        default:
            return false
        }
    }
}
