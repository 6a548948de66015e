"""Differential check of Kei.Toml against Python's tomllib (a TOML 1.0 reader of the standard library).

Generates documents (random key/table/array-of-tables/inline-table programs that stress TOML's redefinition rules,
plus byte mutations of the toml-test cases of both lists), runs them all through `Kei.Toml.Decoder --jsonl` in one
process, and compares with tomllib: accepted by both with equal value trees, or rejected by both.

Kei.Toml reads TOML 1.1, tomllib (Python 3.11) TOML 1.0: a document Kei.Toml accepts and tomllib rejects is counted
apart, as TOML 1.1 only, when it uses what 1.1 added (a time without seconds, an \\e or \\xHH escape, a newline or a
trailing comma inside an inline table); otherwise it is a difference. The tests compare values with Tomlyn, a
TOML 1.1 reader, on the same kind of documents.

Known, intended differences are not counted: integers beyond 64 bits (TOML requires an error when a value cannot be
kept losslessly; tomllib keeps big integers), floats that overflow to infinity (Kei.Toml rejects them), and second 60
and year 0000 (valid RFC 3339, which tomllib's datetime cannot hold).

Usage: python3 benchmarks/toml-peers/differential.py [COUNT] [SEED]   (from the repository root; exit 1 on differences)
"""
import base64
import datetime
import json
import math
import os
import random
import re
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def find_suite():
    here = REPO
    while True:
        for candidate in (os.path.join(here, "shared", "toml-test"), os.path.join(here, "..", "shared", "toml-test")):
            if os.path.isfile(os.path.join(candidate, "tests", "files-toml-1.1.0")):
                return os.path.join(candidate, "tests")
        parent = os.path.dirname(here)
        if parent == here:
            sys.exit("toml-test data not found (shared/toml-test beside the repository)")
        here = parent


def structural_document(rng):
    keys = ["a", "b", "c"]

    def key():
        return ".".join(rng.choice(keys) for _ in range(rng.choice([1, 1, 2, 2, 3])))

    def value(depth=0):
        c = rng.random()
        if c < 0.5 or depth > 1:
            return str(rng.randint(0, 9))
        if c < 0.7:
            return "[" + ", ".join(value(depth + 1) for _ in range(rng.randint(0, 2))) + "]"
        if c < 0.9:
            return "{" + ", ".join(key() + " = " + value(depth + 1) for _ in range(rng.randint(0, 2))) + "}"
        return "[" + ", ".join("{" + key() + " = 1}" for _ in range(rng.randint(1, 2))) + "]"

    lines = []
    for _ in range(rng.randint(1, 6)):
        c = rng.random()
        lines.append("[" + key() + "]" if c < 0.25 else "[[" + key() + "]]" if c < 0.4 else key() + " = " + value())
    return ("\n".join(lines) + "\n").encode()


def mutated_document(rng, seeds):
    data = bytearray(rng.choice(seeds))
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(data))
        c = rng.random()
        if c < 0.3 and data:
            data[at % len(data)] = rng.choice(b"[]{}\"'=.,#\n\\ _+-:Tez0179")
        elif c < 0.6:
            data[at:at] = rng.choice([b"[", b"]", b"{", b"}", b".", b"=", b"\"", b"'", b"\n", b"a.b", b"[[a]]\n", b"1_0", b"e"])
        else:
            del data[at:at + rng.randint(1, 8)]
    return bytes(data)


def tagged(value):
    if isinstance(value, dict):
        return {k: tagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [tagged(v) for v in value]
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("integer", value)
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value)
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return ("datetime-local", value)
        return ("datetime", value.astimezone(datetime.timezone.utc))
    if isinstance(value, datetime.date):
        return ("date-local", value)
    return ("time-local", value)


def from_kei(node):
    if isinstance(node, list):
        return [from_kei(v) for v in node]
    if set(node.keys()) == {"type", "value"} and isinstance(node["value"], str):
        kind, text = node["type"], node["value"]
        if kind == "bool":
            return (kind, text == "true")
        if kind == "integer":
            return (kind, int(text))
        if kind == "float":
            number = float(text)
            return (kind, "nan" if math.isnan(number) else number)
        if kind == "datetime":
            return (kind, datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(datetime.timezone.utc))
        if kind == "datetime-local":
            return (kind, datetime.datetime.fromisoformat(text))
        if kind == "date-local":
            return (kind, datetime.date.fromisoformat(text))
        if kind == "time-local":
            return (kind, datetime.time.fromisoformat(text))
        return (kind, text)
    return {k: from_kei(v) for k, v in node.items()}


def intended_difference(data, python_tree_or_error):
    text = json.dumps(python_tree_or_error, default=str) if not isinstance(python_tree_or_error, Exception) else str(python_tree_or_error)
    big = any(abs(int(n)) >= 2 ** 63 for n in re.findall(r'"integer", (-?\d+)', text))
    overflow = re.search(r'"float", -?Infinity', text) is not None and b"inf" not in data
    second60 = re.search(rb"\d\d:\d\d:60", data) is not None
    year0 = re.search(rb"(^|[^0-9])0000-\d\d-\d\d", data) is not None
    return big or overflow or second60 or year0


TOML_11_SYNTAX = [
    re.compile(rb"\\[ex]"),                                   # \e, \xHH
    re.compile(rb"(^|[^0-9:])\d\d:\d\d(?![0-9:])"),            # hh:mm without seconds
    re.compile(rb"\{[^{}]*(\n|,\s*\})"),                      # inline table over lines, or with a trailing comma
]


def uses_toml_11(data):
    return any(pattern.search(data) for pattern in TOML_11_SYNTAX)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    suite = find_suite()
    names = []
    for listing in ("files-toml-1.1.0", "files-toml-1.0.0"):
        names += [line.strip() for line in open(os.path.join(suite, listing)) if line.strip().endswith(".toml") and line.strip() not in names]
    seeds = [open(os.path.join(suite, name), "rb").read() for name in names]
    documents = [structural_document(rng) if i % 2 == 0 else mutated_document(rng, seeds) for i in range(count)]

    subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(REPO, "tests", "Kei.Toml.Decoder")], check=True, capture_output=True)
    decoder = os.path.join(REPO, "tests", "Kei.Toml.Decoder", "bin", "Release", "net10.0", "Kei.Toml.Decoder.dll")
    lines = "\n".join(json.dumps(base64.b64encode(d).decode()) for d in documents) + "\n"
    answers = subprocess.run(["dotnet", decoder, "--jsonl"], input=lines, capture_output=True, text=True, check=True).stdout.splitlines()

    differences = 0
    accepted = 0
    toml_11_only = 0
    for data, answer in zip(documents, answers):
        kei = json.loads(answer)
        try:
            text = data.decode("utf-8")
            python = tagged(tomllib.loads(text[1:] if text.startswith("\ufeff") else text))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as error:
            python = error
        if intended_difference(data, python):
            continue
        python_accepts = not isinstance(python, Exception)
        accepted += python_accepts
        if kei["ok"] and not python_accepts and uses_toml_11(data):
            toml_11_only += 1
            continue
        same = kei["ok"] == python_accepts and (not python_accepts or from_kei(kei["json"]) == python)
        if not same:
            differences += 1
            if differences <= 10:
                print(f"DIFFERENCE on {data[:200]!r}\n  Kei.Toml: {kei.get('error') or json.dumps(kei['json'])[:200]}\n  tomllib: {python if not python_accepts else str(python)[:200]}")
    print(f"{count} documents, {accepted} accepted by tomllib, {toml_11_only} accepted by Kei.Toml as TOML 1.1 only, {differences} differences")
    sys.exit(1 if differences else 0)


main()
