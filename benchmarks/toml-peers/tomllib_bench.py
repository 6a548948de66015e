"""Times Python's tomllib on one file: read once, parse from memory RUNS times after a warm-up; prints the median ms."""
import sys
import time
import tomllib


def main() -> None:
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    for _ in range(2):
        tomllib.loads(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        tomllib.loads(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{times[len(times) // 2]:.3f}")


main()
