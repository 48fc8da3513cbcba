import Testing
@testable import Guidance
import GuidepostCore

/// `.npy` files built byte by byte as numpy.save writes them.
struct NPYCostGridReaderTests {
    static func npy(version: UInt8 = 1, header dict: String, floats: [Float]? = nil, doubles: [Double]? = nil,
                    extra: [UInt8] = []) -> [UInt8] {
        let prefix = version == 1 ? 10 : 12
        var h = Array(dict.utf8)
        while (prefix + h.count + 1) % 64 != 0 { h.append(0x20) }
        h.append(0x0A)
        var out: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, version, 0]
        if version == 1 {
            out += [UInt8(h.count & 0xFF), UInt8(h.count >> 8)]
        } else {
            out += (0..<4).map { UInt8((h.count >> (8 * $0)) & 0xFF) }
        }
        out += h
        for f in floats ?? [] { out += withUnsafeBytes(of: f.bitPattern.littleEndian, Array.init) }
        for d in doubles ?? [] { out += withUnsafeBytes(of: d.bitPattern.littleEndian, Array.init) }
        return out + extra
    }

    static func read(_ bytes: [UInt8]) throws -> CostGrid {
        try bytes.withUnsafeBytes { raw in try NPYCostGridReader.read(raw, file: "g.npy") }
    }

    static func error(_ bytes: [UInt8]) -> InputError? {
        do { _ = try read(bytes); return nil } catch { return error as? InputError }
    }

    static let values: [Float] = [1, 2.5, .infinity, 0, 3, 0.125]

    @Test(arguments: [UInt8(1), 2, 3])
    func readsEveryVersion(_ version: UInt8) throws {
        let bytes = Self.npy(version: version, header: "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
                             floats: Self.values)
        let grid = try Self.read(bytes)
        #expect(grid.rows == 2 && grid.cols == 3)
        #expect(grid[0, 1] == 2.5 && grid[0, 2] == .infinity && grid[1, 2] == 0.125)
    }

    @Test func readsFloat64() throws {
        let grid = try Self.read(Self.npy(header: "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }",
                                          doubles: [0.1, 7]))
        #expect(grid[0, 0] == 0.1 && grid[0, 1] == 7)
    }

    @Test func rejectsFortranOrderWithItsByte() throws {
        let header = "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }"
        let e = try #require(Self.error(Self.npy(header: header, floats: Self.values)))
        #expect(e.field == "fortran_order")
        let offset = 10 + (try #require(Array(header.utf8).firstIndex(of: UInt8(ascii: "T"))))
        #expect(e.reason.contains("byte \(offset)"), "\(e)")
    }

    @Test(arguments: ["<i4", ">f4", "<f2", "|u1"])
    func rejectsOtherDtypes(_ descr: String) throws {
        let e = try #require(Self.error(Self.npy(header: "{'descr': '\(descr)', 'fortran_order': False, 'shape': (2, 3), }",
                                                 floats: Self.values)))
        #expect(e.field == "descr" && e.reason.contains("byte 20"), "\(e)")
    }

    @Test(arguments: [Float.nan, -1, -Float.infinity])
    func rejectsBadValuesNamingTheCell(_ bad: Float) throws {
        var values = Self.values
        values[4] = bad  // row 1, col 1
        let bytes = Self.npy(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", floats: values)
        let e = try #require(Self.error(bytes))
        let dataStart = bytes.count - 4 * values.count
        #expect(e.field == "cell [1, 1]" && e.reason.contains("byte \(dataStart + 4 * 4)"), "\(e)")
    }

    /// A dimension of Int.max parses as a number, so the size check itself must not overflow
    /// (it trapped in `rows + 2` before; issue 19, fuzzing).
    @Test(arguments: ["(\(Int.max), 1)", "(1, \(Int.max))", "(\(Int.max), \(Int.max))", "(\(Int.max - 1), 2)"])
    func rejectsDimensionsNearIntMaxWithoutTrapping(_ shape: String) throws {
        let e = try #require(Self.error(Self.npy(header: "{'descr': '<f8', 'fortran_order': False, 'shape': \(shape), }")))
        #expect(e.field == "shape", "\(e)")
        #expect(e.reason.contains("more cells than the planner can index"), "\(e)")
    }

    @Test func rejectsMalformedFiles() throws {
        let good = Self.npy(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", floats: Self.values)
        #expect(Self.error(Array("not numpy at all".utf8))?.reason.contains("byte 0") == true)
        #expect(Self.error(Array(good.dropLast(3)))?.field == "data")
        #expect(Self.error(good + [0])?.field == "data")
        var version = good
        version[6] = 9
        #expect(Self.error(version)?.field == "version")
        #expect(Self.error(Array(good.prefix(30)))?.field == "header")
        #expect(Self.error(Self.npy(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }",
                                    floats: Self.values))?.field == "shape")
        #expect(Self.error(Self.npy(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 3), }",
                                    floats: Self.values))?.field == "shape")
        #expect(Self.error(Self.npy(header: "{'descr': '<f4', 'shape': (2, 3), }", floats: Self.values)) != nil)
        #expect(Self.error(Self.npy(header: "{'descr': '<f4' 'fortran_order': False}", floats: Self.values)) != nil)
    }
}
