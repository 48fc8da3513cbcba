extension MGRS {
    /// Parses a reference such as `52SCH2439607702`, `52s ch 24396 07702` or `52SCH` (100 km).
    ///
    /// Blanks anywhere are ignored and letters may be in either case. The form is
    /// zone (1–2 digits), band, column and row letters, then 0–10 digits split evenly between
    /// easting and northing; the digits' count gives the precision.
    /// - Throws: an `MGRSError` naming the first thing wrong.
    /// - Complexity: O(n) in the length of the text, plus one check of the square against its band.
    public init(parsing text: String) throws(MGRSError) {
        // Work on ASCII bytes: no per-character strings, one small buffer.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        for c in text.unicodeScalars where !c.properties.isWhitespace {
            let b = c.isASCII ? UInt8(c.value) : 0
            guard Self.isDigit(b) || Self.isLetter(b) else { throw .invalidCharacter(Character(c)) }
            bytes.append(b >= 0x61 ? b - 0x20 : b)  // upper case
        }
        guard !bytes.isEmpty else { throw .empty }
        var i = 0
        while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        guard i > 0 else { throw .missingZone }
        let zoneText = String(decoding: bytes[0..<i], as: UTF8.self)
        guard i <= 2, let zone = Int(zoneText), (1...60).contains(zone) else { throw .zoneOutOfRange(zoneText) }
        let lettersStart = i
        while i < bytes.count, Self.isLetter(bytes[i]) { i += 1 }
        guard i - lettersStart == 3 else {
            throw .wrongLetterCount(String(decoding: bytes[lettersStart..<i], as: UTF8.self))
        }
        let digitsStart = i
        while i < bytes.count {
            guard Self.isDigit(bytes[i]) else { throw .unexpectedCharacter(Character(Unicode.Scalar(bytes[i]))) }
            i += 1
        }
        let digits = bytes[digitsStart...]
        guard digits.count <= 10 else { throw .tooManyDigits(digits.count) }
        guard digits.count.isMultiple(of: 2) else { throw .oddDigitCount(digits.count) }
        let half = digits.count / 2
        // Safe: the digit count is 0...10 and even, so this precision exists.
        let precision = MGRSPrecision(rawValue: half) ?? .metre
        let scale = precision.metres
        let easting = Self.value(of: digits.prefix(half)) * scale
        let northing = Self.value(of: digits.suffix(half)) * scale
        func letter(_ k: Int) -> Character { Character(Unicode.Scalar(bytes[lettersStart + k])) }
        try self.init(
            zone: zone, band: letter(0), column: letter(1), row: letter(2), easting: easting,
            northing: northing, precision: precision)
    }

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

    /// The value of a run of ASCII digits (at most five, so no overflow).
    private static func value(of digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
