import GuidepostCore

/// The header dictionary of a `.npy` file, a Python literal such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (400, 2480), }`, with the byte offset of
/// each value so errors can point at it.
struct NPYHeader {
    var descr = ""
    var descrOffset = 0
    var fortranOrder = false
    var fortranOffset = 0
    var shape: [Int] = []
    var shapeOffset = 0

    /// Parses `bytes[start..<end]`. Unknown keys are skipped; the three keys NumPy writes are required.
    static func parse(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, file: String) throws(InputError) -> NPYHeader {
        var i = start
        func fail(_ reason: String) -> InputError {
            InputError(file: file, field: "header", reason: "\(reason) (at byte \(i))",
                       hint: "write the file with numpy.save")
        }
        func skipSpace() { while i < end, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 { i += 1 } }
        func expect(_ c: UInt8) throws(InputError) {
            skipSpace()
            guard i < end, bytes[i] == c else { throw fail("expected '\(Character(Unicode.Scalar(c)))'") }
            i += 1
        }
        func string() throws(InputError) -> String {
            skipSpace()
            guard i < end, bytes[i] == 0x27 || bytes[i] == 0x22 else { throw fail("expected a quoted string") }
            let quote = bytes[i]
            i += 1
            var s = ""
            while i < end, bytes[i] != quote {
                s.unicodeScalars.append(Unicode.Scalar(bytes[i]))
                i += 1
            }
            guard i < end else { throw fail("unterminated string") }
            i += 1
            return s
        }
        func word() -> String {
            var s = ""
            while i < end, (bytes[i] >= 0x41 && bytes[i] <= 0x5A) || (bytes[i] >= 0x61 && bytes[i] <= 0x7A) {
                s.unicodeScalars.append(Unicode.Scalar(bytes[i]))
                i += 1
            }
            return s
        }
        func integer() throws(InputError) -> Int {
            skipSpace()
            var v = 0, digits = 0
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !o1, !o2 else { throw fail("dimension too large") }
                v = a
                digits += 1
                i += 1
            }
            if i < end, bytes[i] == 0x4C { i += 1 }  // Python 2 long suffix
            guard digits > 0 else { throw fail("expected a dimension") }
            return v
        }
        var header = NPYHeader()
        var seen: Set<String> = []
        try expect(0x7B)  // {
        while true {
            skipSpace()
            if i < end, bytes[i] == 0x7D { break }  // }
            let key = try string()
            try expect(0x3A)  // :
            skipSpace()
            let at = i
            switch key {
            case "descr":
                header.descr = try string()
                header.descrOffset = at
            case "fortran_order":
                switch word() {
                case "True": header.fortranOrder = true
                case "False": header.fortranOrder = false
                default: throw fail("fortran_order must be True or False")
                }
                header.fortranOffset = at
            case "shape":
                try expect(0x28)  // (
                header.shapeOffset = at
                skipSpace()
                while i < end, bytes[i] != 0x29 {
                    header.shape.append(try integer())
                    skipSpace()
                    if i < end, bytes[i] == 0x2C { i += 1; skipSpace() }
                }
                try expect(0x29)  // )
            default:
                throw fail("unexpected key '\(key)'")
            }
            seen.insert(key)
            skipSpace()
            if i < end, bytes[i] == 0x2C { i += 1; continue }
            try expect(0x7D)
            break
        }
        for key in ["descr", "fortran_order", "shape"] where !seen.contains(key) {
            throw fail("the header has no '\(key)'")
        }
        return header
    }
}
