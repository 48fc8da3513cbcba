import ArgumentParser
import Foundation
import GuidepostCore
import Testing

@testable import guidepost

@Suite struct CoordsCommandTests {
    @Test func parsesSystemsPrecisionAndPositions() throws {
        let command = try Guidepost.parseAsRoot([
            "coords", "--from", "wgs84", "--to", "mgrs", "--precision", "100", "127,38", "126.5 37.5",
        ])
        let coords = try #require(command as? Guidepost.Coords)
        #expect(coords.from == .wgs84 && coords.to == .mgrs)
        #expect(coords.precision == 100)
        #expect(coords.positions == ["127,38", "126.5 37.5"])
    }

    @Test func positionsAreOptional() throws {
        let coords = try #require(
            try Guidepost.parseAsRoot(["coords", "--from", "sd", "--to", "wgs84"]) as? Guidepost.Coords)
        #expect(coords.positions.isEmpty && coords.precision == 1)
    }

    @Test(arguments: [
        ["coords", "--from", "utm", "--to", "mgrs"],
        ["coords", "--from", "wgs84"],
        ["coords", "--to", "wgs84"],
        ["coords", "--from", "wgs84", "--to", "mgrs", "--precision", "5"],
    ])
    func rejectsBadOptions(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(arguments) }
    }

    @Test func alongBorderUsesTheShippedMDL() throws {
        let frame = try defaultAlongBorderFrame()
        // The JSA conference row lies on the shipped MDL (docs/border.md pins it there).
        let jsa = TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: 126.67667, latitude: 37.95583))
        let c = frame.alongBorder(jsa)
        #expect(abs(c.d) < 5, "JSA is \(c.d) m off the MDL")
        #expect(c.s > 0 && c.s < frame.length)
        #expect(frame.point(c).distance(to: jsa) < 0.001)
        #expect(abs(frame.length - 201_130) < 200)
    }

    /// Smoke test of the built binary: stdin in, converted lines out, the bad line on stderr, status 65.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: guidepostBinary)))
    func binaryConvertsStandardInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: guidepostBinary)
        process.arguments = ["coords", "--from", "wgs84", "--to", "mgrs", "--precision", "1000"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("127,38\n127;38\n\n126.5,37.5\n".utf8))
        try input.fileHandleForWriting.close()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let second = try MGRS(GeoCoordinate(longitude: 126.5, latitude: 37.5), precision: .kilometre)
        // Output line n answers input line n: the bad line 2 and the blank line 3 leave empty lines.
        #expect(out == "52SCH2407\n\n\n\(second)\n")
        #expect(err.hasPrefix("<stdin>:2: "), "\(err)")
        #expect(process.terminationStatus == ExitStatus.badInput)
    }
}

/// The `guidepost` executable built beside the test bundle.
private let guidepostBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("guidepost").path
