#!/usr/bin/env python3
"""Mutation testing for Guidepost: do the tests catch the bugs they exist for?

Reads a list of source mutants (tools/mutants.json): each is one plausible small bug, given as
one or more exact edits (file, original snippet, replacement) and the test suites that should
catch it. Each mutant is applied, alone, to a SCRATCH COPY of the repository (never the working
tree), the package is built (debug, tests included), the named suites are run with
`swift test --skip-build --disable-xctest --filter REGEX`, and the mutant is recorded as

  killed        the suites failed (or timed out): the tests caught the bug;
  survived      the suites passed: no test noticed the bug;
  build-failed  the mutant does not compile (not counted in the kill rate);
  stale         an original snippet is not found exactly once (the list needs updating).

then the file is restored. The kill rate is killed / (killed + survived).

Staying incremental: a fresh copy of the package in another folder rebuilds everything (tens
of minutes here), because SwiftPM's build records name absolute paths. So by default the
scratch copy (with a copy of the repository's .build) is bind-mounted over the repository's own
path in a private mount namespace (`unshare -m`) for each build and test run: the compiler sees
the same paths, the copied build cache stays valid, and each mutant rebuilds only what its edit
touches. Other processes, and the working tree, never see the mount. Without `unshare` (or with
--no-same-path) the copy is built where it lies, from scratch the first time.

Usage:
  python3 tools/mutate.py                       # every mutant in tools/mutants.json
  python3 tools/mutate.py --only kalman-gain-cross-k0,redactor-case
  python3 tools/mutate.py --check               # only check that every snippet is found once
  python3 tools/mutate.py --rev main --list tools/mutants-baseline.json   # against a commit's tree
Results go to SCRATCH/results.json and, with --markdown FILE, a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load_mutants(path: Path) -> list[dict]:
    data = json.loads(path.read_text())
    mutants = data["mutants"] if isinstance(data, dict) else data
    seen = set()
    for m in mutants:
        if m["id"] in seen:
            raise SystemExit(f"{path}: mutant id '{m['id']}' appears twice")
        seen.add(m["id"])
        if "edits" not in m:
            m["edits"] = [{"file": m["file"], "original": m["original"], "replacement": m["replacement"]}]
        for e in m["edits"]:
            if e["original"] == e["replacement"]:
                raise SystemExit(f"{path}: mutant '{m['id']}': an edit changes nothing")
    return mutants


def check_snippets(tree: Path, mutant: dict) -> str | None:
    """None when every edit's original occurs exactly once in its file; else why not."""
    for e in mutant["edits"]:
        f = tree / e["file"]
        if not f.is_file():
            return f"{e['file']}: no such file"
        n = f.read_text().count(e["original"])
        if n != 1:
            return f"{e['file']}: the original snippet occurs {n} times (expected once): {e['original']!r}"
    return None


def make_scratch(scratch: Path, rev: str | None, copy_build: bool) -> Path:
    """A copy of the repository's files (the working files, or `rev`'s tree) with its .build."""
    tree = scratch / "tree"
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True, capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = REPO / rel
        if not src.is_file():
            continue  # deleted in the working tree
        dst = tree / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)  # keeps the modification time: unchanged files are not rebuilt
    if rev:
        # Only the files that differ from `rev` are replaced (or removed), so the copied build
        # cache still covers everything else.
        changed = subprocess.run(
            ["git", "-C", str(REPO), "diff", "--name-only", "-z", rev], check=True, capture_output=True
        ).stdout.decode().split("\0")
        untracked = [r for r in filter(None, listed) if subprocess.run(
            ["git", "-C", str(REPO), "cat-file", "-e", f"{rev}:{r}"], capture_output=True).returncode != 0]
        for rel in set(filter(None, changed)) | set(untracked):
            dst = tree / rel
            shown = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:{rel}"], capture_output=True)
            if shown.returncode == 0:
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_bytes(shown.stdout)
            elif dst.exists():
                dst.unlink()
    for extra in ["Package.resolved"]:
        if (REPO / extra).is_file():
            shutil.copy2(REPO / extra, tree / extra)
    if copy_build and (REPO / ".build").is_dir():
        # cp -a keeps modification times, which is what keeps the copied cache valid.
        subprocess.run(["cp", "-a", str(REPO / ".build"), str(tree / ".build")], check=True)
    return tree


def can_unshare() -> bool:
    try:
        r = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True, timeout=20)
        return r.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


class Runner:
    def __init__(self, tree: Path, same_path: bool, log: Path):
        self.tree = tree
        self.same_path = same_path
        self.log = log

    def run(self, command: str, timeout: float) -> tuple[int | None, float]:
        """Runs `command` in the scratch tree (seen at the repository's path when same_path);
        returns (exit status or None on timeout, seconds)."""
        if self.same_path:
            inner = f"mount --bind {shlex.quote(str(self.tree))} {shlex.quote(str(REPO))} && cd {shlex.quote(str(REPO))} && {command}"
            argv = ["unshare", "-m", "--propagation", "private", "sh", "-c", inner]
        else:
            argv = ["sh", "-c", f"cd {shlex.quote(str(self.tree))} && {command}"]
        start = time.monotonic()
        with self.log.open("a") as out:
            out.write(f"\n$ {command}\n")
            out.flush()
            proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                status = proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)  # our own process group only
                proc.wait()
                status = None
        return status, time.monotonic() - start

    def build(self) -> tuple[bool, float]:
        status, seconds = self.run("swift build --build-tests", timeout=3600)
        return status == 0, seconds

    def test(self, suites: str, timeout: float) -> tuple[int | None, float]:
        return self.run(f"swift test --skip-build --disable-xctest --filter {shlex.quote(suites)}", timeout=timeout)


def write(f: Path, text: str) -> None:
    """Replaces `f` by a new file (never writes into the old one, which may be a hard link)."""
    tmp = f.with_name(f.name + ".mutate-tmp")
    tmp.write_text(text)
    os.replace(tmp, f)


def apply(tree: Path, mutant: dict) -> dict[Path, str]:
    saved: dict[Path, str] = {}
    for e in mutant["edits"]:
        f = tree / e["file"]
        saved.setdefault(f, f.read_text())
        write(f, f.read_text().replace(e["original"], e["replacement"], 1))
    return saved


def restore(saved: dict[Path, str]) -> None:
    # The content only: the new modification time makes the next build recompile the file.
    for f, text in saved.items():
        write(f, text)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--list", default=str(REPO / "tools" / "mutants.json"), help="the mutants (JSON)")
    p.add_argument("--only", help="comma-separated mutant ids")
    p.add_argument("--rev", help="mutate this commit's tree instead of the working files")
    p.add_argument("--scratch", default="/tmp/guidepost-mutants", help="where the scratch copy lives")
    p.add_argument("--reuse", action="store_true", help="reuse an existing scratch copy (and its build)")
    p.add_argument("--no-same-path", action="store_true", help="build the copy where it lies (full first build)")
    p.add_argument("--skip-baseline", action="store_true", help="do not first check that the unmutated suites pass")
    p.add_argument("--test-timeout", type=float, default=900, help="seconds; a mutant whose suites run longer is killed")
    p.add_argument("--check", action="store_true", help="only check the snippets against the working files")
    p.add_argument("--markdown", help="also write the results as a Markdown table to this file")
    args = p.parse_args()

    mutants = load_mutants(Path(args.list))
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {m["id"] for m in mutants}
        if unknown:
            raise SystemExit(f"no such mutant: {', '.join(sorted(unknown))}")
        mutants = [m for m in mutants if m["id"] in wanted]

    if args.check:
        bad = [(m["id"], why) for m in mutants if (why := check_snippets(REPO, m))]
        for mid, why in bad:
            print(f"stale {mid}: {why}")
        print(f"{len(mutants) - len(bad)} of {len(mutants)} mutants apply")
        return 1 if bad else 0

    same_path = not args.no_same_path and can_unshare()
    scratch = Path(args.scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    tree = scratch / "tree"
    if not (args.reuse and tree.is_dir()):
        print(f"copying the repository{' at ' + args.rev if args.rev else ''} to {tree}"
              f"{' (with .build)' if same_path else ''} …", flush=True)
        tree = make_scratch(scratch, args.rev, copy_build=same_path)
    log = scratch / "log.txt"
    runner = Runner(tree, same_path, log)
    print(f"log: {log}; same-path builds: {same_path}", flush=True)

    results: list[dict] = []
    if not args.skip_baseline:
        ok, seconds = runner.build()
        if not ok:
            raise SystemExit(f"the unmutated copy does not build (see {log})")
        suites = "|".join(sorted({m["suites"] for m in mutants}))
        status, seconds = runner.test(suites, args.test_timeout)
        if status != 0:
            raise SystemExit(f"the unmutated suites fail (status {status}; see {log}): fix them before mutating")
        print(f"baseline: unmutated build and suites pass ({seconds:.0f} s)", flush=True)

    for i, m in enumerate(mutants, 1):
        why = check_snippets(tree, m)
        record = {"id": m["id"], "module": m.get("module", ""), "suites": m["suites"], "bug": m.get("bug", "")}
        if why:
            record.update(outcome="stale", detail=why)
        else:
            saved = apply(tree, m)
            try:
                built, build_s = runner.build()
                if not built:
                    record.update(outcome="build-failed", build_s=round(build_s))
                else:
                    status, test_s = runner.test(m["suites"], args.test_timeout)
                    outcome = "survived" if status == 0 else "killed"
                    record.update(outcome=outcome, build_s=round(build_s), test_s=round(test_s),
                                  detail="timeout" if status is None else f"exit {status}")
            finally:
                restore(saved)
        results.append(record)
        print(f"[{i}/{len(mutants)}] {record['outcome']:12} {m['id']}  ({record.get('detail', '')})", flush=True)
        (scratch / "results.json").write_text(json.dumps(results, indent=2) + "\n")

    killed = sum(r["outcome"] == "killed" for r in results)
    survived = [r for r in results if r["outcome"] == "survived"]
    counted = killed + len(survived)
    rate = killed / counted if counted else 0.0
    print(f"\nkilled {killed}, survived {len(survived)}, build-failed "
          f"{sum(r['outcome'] == 'build-failed' for r in results)}, stale {sum(r['outcome'] == 'stale' for r in results)}")
    print(f"kill rate: {killed}/{counted} = {100 * rate:.0f} %")
    for r in survived:
        print(f"  survivor: {r['id']}: {r['bug']}")
    if args.markdown:
        lines = ["| mutant | module | bug | suites | outcome |", "|---|---|---|---|---|"]
        for r in results:
            lines.append(f"| `{r['id']}` | {r['module']} | {r['bug']} | `{r['suites']}` | {r['outcome']} |")
        lines.append(f"\nKill rate: {killed}/{counted} = {100 * rate:.0f} %.\n")
        Path(args.markdown).write_text("\n".join(lines) + "\n")
    return 0 if not survived else 2


if __name__ == "__main__":
    sys.exit(main())
