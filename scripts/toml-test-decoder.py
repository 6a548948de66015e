#!/usr/bin/env python3
"""Runs a toml-test corpus against the project's decoder (tests/Kei.Toml.Decoder) from the outside.

usage: scripts/toml-test-decoder.py [TESTS_DIR] [FILE_LIST]
  TESTS_DIR  the corpus' tests/ folder (default: ../shared/toml-test/tests beside the repository)
  FILE_LIST  the list of cases (default: TESTS_DIR/files-toml-1.0.0)
Valid cases must exit 0 with JSON equal to the expected tagged JSON (floats as numbers, offset date-times as
instants); invalid cases must exit 1 with a message on stderr. Prints the counts; exit 1 on any mismatch.
"""
import datetime
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def normalize(node):
    if isinstance(node, list):
        return [normalize(n) for n in node]
    if isinstance(node, dict) and set(node) == {"type", "value"} and isinstance(node["value"], str):
        kind, value = node["type"], node["value"]
        if kind == "float":
            number = float(value.replace("_", ""))
            return (kind, "nan" if math.isnan(number) else number)
        if kind == "datetime":
            text = value.replace(" ", "T").replace("z", "Z").replace("Z", "+00:00")
            return (kind, datetime.datetime.fromisoformat(text).timestamp())
        if kind == "integer":
            return (kind, int(value))
        return (kind, value)
    if isinstance(node, dict):
        return {key: normalize(value) for key, value in node.items()}
    return node


def run(decoder, path):
    with open(path, "rb") as source:
        return subprocess.run(["dotnet", decoder], stdin=source, capture_output=True, timeout=60)


def main():
    tests = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "toml-test", "tests")
    listing = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tests, "files-toml-1.0.0")
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "tests", "Kei.Toml.Decoder"), "-c", "Release", "-v", "q"], check=True)
    decoder = os.path.join(ROOT, "tests", "Kei.Toml.Decoder", "bin", "Release", "net10.0", "Kei.Toml.Decoder.dll")
    cases = [line.strip() for line in open(listing) if line.strip().endswith(".toml")]
    counts = {"valid": [0, 0], "invalid": [0, 0]}
    for case in cases:
        kind = "valid" if case.startswith("valid/") else "invalid"
        result = run(decoder, os.path.join(tests, case))
        if kind == "valid":
            expected = json.load(open(os.path.join(tests, case[:-5] + ".json")))
            ok = result.returncode == 0 and normalize(json.loads(result.stdout)) == normalize(expected)
        else:
            ok = result.returncode == 1 and len(result.stderr) > 0
        counts[kind][0 if ok else 1] += 1
        if not ok:
            print(f"MISMATCH {case}: exit {result.returncode} {result.stderr.decode(errors='replace')[:200]}")
    print(f"decoder: valid {counts['valid'][0]}/{sum(counts['valid'])}, invalid {counts['invalid'][0]}/{sum(counts['invalid'])}")
    return 1 if counts["valid"][1] or counts["invalid"][1] else 0


if __name__ == "__main__":
    sys.exit(main())
