#!/usr/bin/env python3
"""Checks every `import` in Sources/ against the module table of docs/architecture.md.

`swift build --explicit-target-dependency-import-check error` rejects imports of undeclared
targets, but not of modules reachable through a declared one; this script catches those too.
Exit 1 and a line per violation (file:line: module X may not import Y) when anything is off.
"""
import os, re, sys

FOUNDATION = {"Foundation"}
ALLOWED = {
    "GuidepostCore": {"Foundation", "RealModule"},
    "Border": {"GuidepostCore"} | FOUNDATION,
    "Scenario": {"GuidepostCore", "Border", "Yams"} | FOUNDATION,
    "Simulation": {"GuidepostCore", "Border", "Scenario"} | FOUNDATION,
    # Pure numerical cores: no Foundation (STYLE.md §6.2); RealModule for elementary functions.
    "Tracking": {"GuidepostCore", "RealModule"},
    "Evaluation": {"GuidepostCore", "RealModule"} | FOUNDATION,
    "Guidance": {"GuidepostCore", "Border", "HeapModule", "RealModule"},
    # The shared store vocabulary: errors, the hash-chained audit entry (SHA-256 from swift-crypto).
    "StoreCore": {"GuidepostCore", "Crypto"} | FOUNDATION,
    "Operations": {"GuidepostCore", "StoreCore", "Border", "Tracking", "Guidance"} | FOUNDATION,
    # Casework never imports Operations (nor the reverse): the composition root links them.
    "Casework": {"GuidepostCore", "StoreCore"} | FOUNDATION,
    # AES-GCM envelope encryption of case identity, the keyring.
    "CaseVault": {"GuidepostCore", "StoreCore", "Casework", "Crypto"} | FOUNDATION,
    "StoreSQLite": {"GuidepostCore", "StoreCore", "Operations", "Casework", "GRDB", "Logging"} | FOUNDATION,
    "StorePostgres": {"GuidepostCore", "StoreCore", "Operations", "Casework", "PostgresNIO", "Logging", "NIOCore"} | FOUNDATION,
    # The simulator behind Operations' field port (SimulatedField), detection conversion, outcome checking.
    "FieldSimulation": {"GuidepostCore", "Border", "Scenario", "Simulation", "Tracking", "Guidance", "Operations"} | FOUNDATION,
    # The run composition as a library: tracker configuration, RunPipeline, reports without I/O, guide setup.
    # A store only through Operations' EventLog port: never StoreSQLite or StorePostgres, never ArgumentParser.
    "Pipeline": {"GuidepostCore", "Border", "Scenario", "Simulation", "Tracking", "Guidance", "Operations",
                 "FieldSimulation", "Evaluation", "StoreCore"} | FOUNDATION,
    # Live detection feeds for the watch: the TCP listener (SwiftNIO) with its token check, standard input,
    # a recorded file, into Pipeline's DetectionFeed. Pipeline itself stays free of networking.
    "LiveFeed": {"GuidepostCore", "Pipeline", "NIOCore", "NIOPosix", "NIOConcurrencyHelpers", "Dispatch"} | FOUNDATION,
    # Cursor on Target for TAK: own XML reader and protobuf codec, framing, negotiation. No Foundation, no I/O.
    "CoT": {"GuidepostCore"},
    # The watch on a TAK server: the link, the frame-to-CoT mapping, the teams' devices joined into the feed.
    "TakLink": {"GuidepostCore", "CoT", "Operations", "Pipeline", "NIOCore", "NIOPosix", "NIOConcurrencyHelpers", "NIOSSL",
                "DequeModule"} | FOUNDATION,
    # The web console: HTTP, WebSocket, sign-in (scrypt from swift-crypto), over Pipeline's WatchControl port.
    "Console": {"GuidepostCore", "Operations", "Pipeline", "Hummingbird", "HummingbirdWebSocket", "Logging",
                "NIOCore", "HTTPTypes", "Crypto", "CryptoExtras"} | FOUNDATION,
}
ANY_MODULE = {"guidepost"}  # the composition root may import everything
IMPORT = re.compile(r"^\s*(?:@\w+\s+)*(?:public\s+|internal\s+|package\s+|private\s+|fileprivate\s+)?import\s+(?:struct\s+|class\s+|enum\s+|func\s+|protocol\s+|typealias\s+|var\s+|let\s+)?([A-Za-z_][A-Za-z0-9_]*)")
ALWAYS = {"Swift", "_Concurrency", "Glibc", "Darwin", "Musl"}

def main() -> int:
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources")
    bad = 0
    for module in sorted(os.listdir(root)):
        path = os.path.join(root, module)
        if not os.path.isdir(path) or module in ANY_MODULE:
            continue
        if module not in ALLOWED:
            print(f"Sources/{module}: module is not in the table of tools/check-imports.py (docs/architecture.md)")
            bad += 1
            continue
        allowed = ALLOWED[module] | ALWAYS
        for dirpath, _, files in os.walk(path):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                file = os.path.join(dirpath, name)
                with open(file, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = IMPORT.match(line)
                        if m and m.group(1) not in allowed:
                            rel = os.path.relpath(file, os.path.join(root, ".."))
                            print(f"{rel}:{number}: module {module} may not import {m.group(1)}")
                            bad += 1
    if bad:
        print(f"{bad} import violation(s); see docs/architecture.md for who may import whom")
        return 1
    print("imports: every module imports only what docs/architecture.md allows")
    return 0

if __name__ == "__main__":
    sys.exit(main())
