#!/usr/bin/env python3
"""Runs a toml-test corpus against the project's decoder (tests/Kei.Toml.Decoder) from the outside.

usage: scripts/toml-test-decoder.py [TESTS_DIR] [FILE_LIST ...]
  TESTS_DIR  the corpus' tests/ folder (default: shared/toml-test/tests in the nearest folder above the repository)
  FILE_LIST  the lists of cases (default: both, TESTS_DIR/files-toml-1.1.0 and TESTS_DIR/files-toml-1.0.0)
Valid cases must exit 0 with JSON equal to the expected tagged JSON (floats as numbers, offset date-times as
instants); invalid cases must exit 1 with a message on stderr, except the nine invalid cases of the 1.0.0 list that
TOML 1.1 made valid, which must exit 0. Prints the counts of each list; exit 1 on any mismatch.
"""
import datetime
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MADE_VALID_BY_TOML_11 = {
    "invalid/datetime/no-secs.toml", "invalid/local-datetime/no-secs.toml", "invalid/local-time/no-secs.toml",
    "invalid/inline-table/linebreak-01.toml", "invalid/inline-table/linebreak-02.toml",
    "invalid/inline-table/linebreak-03.toml", "invalid/inline-table/linebreak-04.toml",
    "invalid/inline-table/trailing-comma.toml", "invalid/string/basic-byte-escapes.toml",
}


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


def find_tests():
    here = ROOT
    while True:
        candidate = os.path.join(here, "shared", "toml-test", "tests")
        if os.path.isfile(os.path.join(candidate, "files-toml-1.1.0")):
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            sys.exit("toml-test data not found (shared/toml-test in a folder above the repository)")
        here = parent


def check(decoder, tests, case):
    result = run(decoder, os.path.join(tests, case))
    if case in MADE_VALID_BY_TOML_11:
        return "accepted", result.returncode == 0, result
    if case.startswith("valid/"):
        expected = json.load(open(os.path.join(tests, case[:-5] + ".json")))
        return "valid", result.returncode == 0 and normalize(json.loads(result.stdout)) == normalize(expected), result
    return "invalid", result.returncode == 1 and len(result.stderr) > 0, result


def run_list(decoder, tests, listing):
    cases = [line.strip() for line in open(listing) if line.strip().endswith(".toml")]
    counts = {"valid": [0, 0], "invalid": [0, 0], "accepted": [0, 0]}
    for case in cases:
        kind, ok, result = check(decoder, tests, case)
        counts[kind][0 if ok else 1] += 1
        if not ok:
            print(f"MISMATCH {case}: exit {result.returncode} {result.stderr.decode(errors='replace')[:200]}")
    made_valid = f", made valid by TOML 1.1 and accepted {counts['accepted'][0]}/{sum(counts['accepted'])}" if sum(counts["accepted"]) else ""
    print(f"decoder, {os.path.basename(listing)}: valid {counts['valid'][0]}/{sum(counts['valid'])}, "
          f"invalid {counts['invalid'][0]}/{sum(counts['invalid'])}{made_valid}")
    return counts["valid"][1] + counts["invalid"][1] + counts["accepted"][1]


def main():
    tests = sys.argv[1] if len(sys.argv) > 1 else find_tests()
    listings = sys.argv[2:] or [os.path.join(tests, "files-toml-1.1.0"), os.path.join(tests, "files-toml-1.0.0")]
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "tests", "Kei.Toml.Decoder"), "-c", "Release", "-v", "q"], check=True)
    decoder = os.path.join(ROOT, "tests", "Kei.Toml.Decoder", "bin", "Release", "net10.0", "Kei.Toml.Decoder.dll")
    mismatches = sum(run_list(decoder, tests, listing) for listing in listings)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
