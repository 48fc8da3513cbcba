import ArgumentParser
import Foundation
import Guidance
import GuidepostCore
import Testing
@testable import guidepost

/// `guidepost plan` and `guidepost replan`, parsed and run in-process on files in a temporary folder.
struct PlanCommandTests {
    /// A 3×5 `.npy` ('<f4', v1) whose middle column is impassable when `wall` is set.
    static func writeGrid(wall: Bool, in folder: URL) throws -> String {
        var header = Array("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 5), }".utf8)
        while (10 + header.count + 1) % 64 != 0 { header.append(0x20) }
        header.append(0x0A)
        var bytes: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, UInt8(header.count), 0] + header
        for r in 0..<3 {
            for c in 0..<5 {
                let v: Float = wall && c == 2 ? .infinity : Float(1 + r)
                bytes += withUnsafeBytes(of: v.bitPattern.littleEndian, Array.init)
            }
        }
        let url = folder.appendingPathComponent(wall ? "wall.npy" : "open.npy")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The exit code a run ends with (0 when it returns normally), through the one mapping the
    /// binary uses (`ExitStatus`).
    static func exitCode(_ arguments: [String]) async throws -> Int32 {
        var command = try Guidepost.parseAsRoot(arguments)
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            return ExitStatus(error).code
        }
    }

    @Test func exitStatusSaysWhetherARouteExists() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let task = try Self.write(#"{"cell_m": 10, "start": [1, 0], "goal": [1, 4], "connectivity": 8}"#, "task.json", in: dir)
        let open = try Self.writeGrid(wall: false, in: dir), wall = try Self.writeGrid(wall: true, in: dir)
        for planner in ["astar", "dijkstra", "dstar-lite"] {
            #expect(try await Self.exitCode(["plan", "--cost", open, "--task", task, "--json", "--planner", planner]) == 0)
            #expect(try await Self.exitCode(["plan", "--cost", wall, "--task", task, "--planner", planner]) == 2)
        }
        #expect(try await Self.exitCode(["plan", "--cost", open, "--task", task, "--max-expansions", "1"]) == 3)
    }

    @Test func badInputExitsWithTheBadInputStatus() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let open = try Self.writeGrid(wall: false, in: dir)
        let outside = try Self.write(#"{"cell_m": 10, "start": [1, 0], "goal": [3, 4]}"#, "outside.json", in: dir)
        let notNumpy = try Self.write("rows,cols\n", "grid.npy", in: dir)
        let good = try Self.write(#"{"cell_m": 10, "start": [1, 0], "goal": [1, 4]}"#, "good.json", in: dir)
        #expect(try await Self.exitCode(["plan", "--cost", open, "--task", outside]) == ExitStatus.badInput)
        #expect(try await Self.exitCode(["plan", "--cost", notNumpy, "--task", good]) == ExitStatus.badInput)
        #expect(try await Self.exitCode(["plan", "--cost", dir.appendingPathComponent("missing.npy").path, "--task", good]) == ExitStatus.missingInput)
        // A folder given as the grid is no grid: the input is missing, not empty.
        #expect(try await Self.exitCode(["plan", "--cost", dir.path, "--task", good]) == ExitStatus.missingInput)
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["plan", "--cost", open, "--task", good, "--max-expansions", "0"]) }
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["plan", "--cost", open, "--task", good, "--planner", "rrt"]) }
    }

    @Test func replanChecksAgainstScratchAndSkipsBadLines() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let open = try Self.writeGrid(wall: false, in: dir)
        let task = try Self.write(#"{"cell_m": 10, "start": [1, 0], "goal": [1, 4]}"#, "task.json", in: dir)
        let changes = try Self.write("""
            {"start": [0, 0]}
            {"cell": [1, 2], "cost": null}
            not json
            {"cell": [7, 7], "cost": 1}
            {"cell": [0, 2], "cost": 0.25}
            {"cells": [[0, 2], [1, 2], [2, 2]], "cost": null}
            {"cells": [[0, 2], [9, 9]], "cost": 1}
            {"start": [1, 1], "cell": [0, 0], "cost": 1}
            {"cells": [[2, 2]], "cost": 2}
            """, "changes.jsonl", in: dir)
        // The re-plans all agree with planning from scratch; the bad change lines make the bad-input status.
        #expect(try await Self.exitCode(["replan", "--cost", open, "--task", task, "--changes", changes, "--check"]) == ExitStatus.badInput)
    }

    @Test func jsonReportHasNullCostWithoutARoute() {
        let none = PlanReport.json(PlanResult(outcome: .unreachable, cellsExpanded: 12))
        #expect(none == #"{"outcome": "unreachable", "cost": null, "cells_expanded": 12, "path": []}"#)
        let found = PlanReport.json(PlanResult(outcome: .found(PlannedPath(
            cells: [GridCell(row: 0, col: 0), GridCell(row: 1, col: 1)], cost: 14.142135623730951)), cellsExpanded: 2))
        #expect(found == #"{"outcome": "found", "cost": 14.142135623730951, "cells_expanded": 2, "path": [[0, 0], [1, 1]]}"#)
    }
}
