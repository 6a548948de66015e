#!/usr/bin/env python3
"""Prints one line 'N passed, N failed[, N skipped]' summed over the TRX files of a results folder."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def main(folder: str) -> int:
    passed = failed = skipped = 0
    files = glob.glob(f"{folder}/**/*.trx", recursive=True)
    for path in files:
        counters = ET.parse(path).getroot().find(f"{NS}ResultSummary/{NS}Counters")
        if counters is None:
            continue
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped += int(counters.get("notExecuted", 0))
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults"))
