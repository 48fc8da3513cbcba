extension MGRS {
    /// Parses a reference such as `52SCG2439607702`, `52s cg 24396 07702` or `52SCG` (100 km).
    ///
    /// Blanks anywhere are ignored and letters may be in either case. The form is
    /// zone (1–2 digits), band, column and row letters, then 0–10 digits split evenly between
    /// easting and northing; the digits' count gives the precision.
    /// - Throws: an `MGRSError` naming the first thing wrong.
    /// - Complexity: O(n) in the length of the text, plus one check of the square against its band.
    public init(parsing text: String) throws(MGRSError) {
        var chars: [Character] = []
        for c in text where !c.isWhitespace {
            guard c.isASCII, c.isLetter || c.isNumber else { throw .invalidCharacter(c) }
            chars.append(Character(c.uppercased()))
        }
        guard !chars.isEmpty else { throw .empty }
        var i = 0
        while i < chars.count, chars[i].isNumber { i += 1 }
        guard i > 0 else { throw .missingZone }
        let zoneText = String(chars[0..<i])
        guard i <= 2, let zone = Int(zoneText), (1...60).contains(zone) else { throw .zoneOutOfRange(zoneText) }
        let lettersStart = i
        while i < chars.count, chars[i].isLetter { i += 1 }
        let letters = Array(chars[lettersStart..<i])
        guard letters.count == 3 else { throw .wrongLetterCount(String(letters)) }
        let digitsStart = i
        while i < chars.count {
            guard chars[i].isNumber else { throw .unexpectedCharacter(chars[i]) }
            i += 1
        }
        let digits = chars[digitsStart...]
        guard digits.count <= 10 else { throw .tooManyDigits(digits.count) }
        guard digits.count.isMultiple(of: 2) else { throw .oddDigitCount(digits.count) }
        let half = digits.count / 2
        // Safe: the digit count is 0...10 and even, so this precision exists.
        let precision = MGRSPrecision(rawValue: half) ?? .metre
        let scale = precision.metres
        let easting = Self.value(of: digits.prefix(half)) * scale
        let northing = Self.value(of: digits.suffix(half)) * scale
        try self.init(
            zone: zone, band: letters[0], column: letters[1], row: letters[2], easting: easting,
            northing: northing, precision: precision)
    }

    /// The value of a run of ASCII digits (at most five, so no overflow).
    private static func value(of digits: ArraySlice<Character>) -> Int {
        digits.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }
}
