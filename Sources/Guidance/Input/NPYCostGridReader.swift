public import GuidepostCore

/// Reads a cost grid from the bytes of a NumPy `.npy` file (format versions 1.0, 2.0 and 3.0;
/// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html).
///
/// Accepted: a 2-d array, `'descr': '<f4'` (the DESIGN.md format) or `'<f8'`, C order. Every
/// value must be finite and ≥ 0, or `+inf` (impassable). Anything else is rejected with an
/// ``InputError`` that names the byte offset (and the cell, for a bad value), so nothing is
/// guessed: a big-endian, Fortran-ordered, integer or 3-d array is an error, not a silent
/// reinterpretation. Parsing needs no Foundation: the caller (the CLI) reads the file.
public enum NPYCostGridReader {
    /// The grid in `bytes`, the whole content of `file` (used in error messages).
    /// - Complexity: O(rows × cols), one pass.
    public static func read(_ bytes: UnsafeRawBufferPointer, file: String) throws(InputError) -> CostGrid {
        func fail(_ offset: Int, _ field: String?, _ reason: String, _ hint: String? = nil) -> InputError {
            InputError(file: file, field: field, reason: "\(reason) (at byte \(offset))", hint: hint)
        }
        let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // \x93NUMPY
        guard bytes.count >= 10, magic.indices.allSatisfy({ bytes[$0] == magic[$0] }) else {
            throw fail(0, nil, "not a NumPy .npy file: it does not start with \\x93NUMPY",
                       "save the grid with numpy.save(path, grid.astype('<f4'))")
        }
        let major = bytes[6]
        let headerLength: Int, headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw fail(8, nil, "file ends inside the header length") }
            headerLength = (0..<4).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
            headerStart = 12
        default:
            throw fail(6, "version", "format version \(major).\(bytes[7]) is not 1, 2 or 3")
        }
        let dataStart = headerStart + headerLength
        guard dataStart <= bytes.count else {
            throw fail(bytes.count, "header", "file ends inside the \(headerLength)-byte header")
        }
        let header = try NPYHeader.parse(bytes, from: headerStart, to: dataStart, file: file)
        let itemSize: Int
        switch header.descr {
        case "<f4": itemSize = 4
        case "<f8": itemSize = 8
        default:
            throw fail(header.descrOffset, "descr", "dtype '\(header.descr)' is not supported",
                       "use little-endian float32 ('<f4') or float64 ('<f8'): grid.astype('<f4')")
        }
        guard !header.fortranOrder else {
            throw fail(header.fortranOffset, "fortran_order", "the array is in Fortran (column-major) order",
                       "save a C-order array: numpy.ascontiguousarray(grid)")
        }
        guard header.shape.count == 2 else {
            throw fail(header.shapeOffset, "shape", "shape has \(header.shape.count) dimensions; a cost grid has 2 (rows, cols)")
        }
        let rows = header.shape[0], cols = header.shape[1]
        guard rows >= 1, cols >= 1 else { throw fail(header.shapeOffset, "shape", "shape (\(rows), \(cols)) has no cells") }
        // Every step checked: a dimension of Int.max (which the header parser accepts) must get
        // this error, not trap in `rows + 2` (issue 19; docs/fuzzing.md).
        let (cells, o1) = rows.multipliedReportingOverflow(by: cols)
        let (paddedRows, o2) = rows.addingReportingOverflow(2)
        let (paddedCols, o3) = cols.addingReportingOverflow(2)
        let (padded, o4) = paddedRows.multipliedReportingOverflow(by: paddedCols)
        guard !o1, !o2, !o3, !o4, padded <= CostGrid.maximumCellCount else {
            throw fail(header.shapeOffset, "shape", "shape (\(rows), \(cols)) has more cells than the planner can index")
        }
        let expected = cells * itemSize
        let available = bytes.count - dataStart
        guard available == expected else {
            throw fail(dataStart + Swift.min(available, expected), "data",
                       available < expected
                        ? "data ends early: \(available) bytes after the header, \(expected) needed for \(rows)×\(cols) '\(header.descr)'"
                        : "\(available - expected) bytes follow the \(rows)×\(cols) array")
        }
        var grid = CostGrid(rows: rows, cols: cols, fill: .infinity)
        let stride = cols + 2
        try grid.padded.withUnsafeMutableBufferPointer { (out) throws(InputError) in
            for r in 0..<rows {
                for c in 0..<cols {
                    let offset = dataStart + (r * cols + c) * itemSize
                    let v: Double = itemSize == 4
                        ? Double(Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))))
                        : Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                    guard CostGrid.isLegalCost(v) else {
                        throw fail(offset, "cell [\(r), \(c)]",
                                   "cost \(v) is not allowed; costs are finite and ≥ 0, or +inf for impassable")
                    }
                    out[(r + 1) * stride + c + 1] = v
                }
            }
        }
        return grid
    }
}
