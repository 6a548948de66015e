#!/usr/bin/env python3
"""Summarises a sampled CPU profile of the analyzer pass (docs/performance.md, "Profile").

Reads the Speedscope file `dotnet-trace collect --format Speedscope` writes and prints:
  - the sampled time spent under any Kei.Analyzers frame, and how much of it lies under the frames that explained
    the misses (the driver's generated-code check, control-flow graph building, type lookup, ReportDiagnostic);
  - the Kei.Analyzers frames by inclusive time;
  - with --under NAME (repeatable), the callees of each frame whose name contains NAME.

usage: python3 benchmarks/profile/summary.py TRACE.speedscope.json [--top N] [--under NAME ...]
"""
import argparse
import collections
import json

CATEGORIES = {
    "driver's generated-code check (IsInGeneratedCode)": "AnalyzerDriver.IsInGeneratedCode",
    "control-flow graph building": "ControlFlowGraphBuilder.Create",
    "type lookup (GetTypeByMetadataName)": "Compilation.GetTypeByMetadataName",
    "reporting (ReportDiagnostic)": "ReportDiagnostic(",
}


def intervals(profile):
    """Yields (stack, duration) for each interval of an evented profile."""
    stack, last = [], None
    for event in profile["events"]:
        if stack and last is not None:
            yield stack, event["at"] - last
        last = event["at"]
        if event["type"] == "O":
            stack.append(event["frame"])
        elif event["frame"] in stack:
            del stack[len(stack) - 1 - stack[::-1].index(event["frame"]):]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("trace")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--under", action="append", default=[])
    args = parser.parse_args()
    data = json.load(open(args.trace))
    names = [frame["name"] for frame in data["shared"]["frames"]]
    ours = {i for i, name in enumerate(names) if name.startswith("Kei.Analyzers!")}
    marked = {label: {i for i, name in enumerate(names) if text in name} for label, text in CATEGORIES.items()}
    total, by_category = 0.0, collections.Counter()
    inclusive, callees = collections.Counter(), collections.defaultdict(collections.Counter)
    for profile in data["profiles"]:
        for stack, duration in intervals(profile):
            present = set(stack)
            if not present & ours:
                continue
            total += duration
            for label, frames in marked.items():
                if present & frames:
                    by_category[label] += duration
            active = []
            for frame in dict.fromkeys(stack):
                inclusive[frame] += duration
                for owner in active:
                    callees[owner][frame] += duration
                if frame in ours:
                    active.append(frame)
    print(f"sampled time under Kei.Analyzers frames: {total:.0f} ms")
    for label in CATEGORIES:
        print(f"  of which {label}: {by_category[label]:.0f} ms")
    print("\nKei.Analyzers frames by inclusive time (ms):")
    for frame, ms in sorted(((f, v) for f, v in inclusive.items() if f in ours), key=lambda p: -p[1])[:args.top]:
        print(f"{ms:9.1f}  {names[frame][:150]}")
    for text in args.under:
        for frame in (f for f in ours if text in names[f]):
            print(f"\nunder {names[frame][:120]} ({inclusive[frame]:.1f} ms):")
            for callee, ms in callees[frame].most_common(args.top):
                print(f"{ms:9.1f}  {names[callee][:150]}")


if __name__ == "__main__":
    main()
