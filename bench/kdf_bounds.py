"""Cost of one passphrase try on a hostile header, against the default, as ratios (time and memory).

Each derivation runs in its own process (so its peak memory can be read), alternately, several
times; medians are printed with the ratio to the default, and whether the app accepts the header.
The bounds promise at most 2x for any header the app accepts; the 1 GiB line is the header the
storage audit used (refused now, measured for comparison).

    .venv/bin/python bench/kdf_bounds.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CHILD = """
import resource, sys, time
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
memory, passes, lanes = map(int, sys.argv[1:4])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
Argon2id(salt=b"s" * 16, length=48, iterations=passes, lanes=lanes, memory_cost=memory).derive(b"pw")
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""

CASES = [
    ("default: Argon2id 256 MiB, 3 passes", (1 << 18, 3, 4)),
    ("hostile: 512 MiB, 3 passes", (1 << 19, 3, 4)),
    ("hostile: 256 MiB, 6 passes", (1 << 18, 6, 4)),
    ("audit's header: 1 GiB, 3 passes", (1 << 20, 3, 4)),
]


def run(costs: tuple[int, int, int]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, costs)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def main() -> None:
    from interview_guide.storage.crypto import KdfId, KdfParams

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    times: dict[str, list[float]] = {name: [] for name, _ in CASES}
    memory: dict[str, list[float]] = {name: [] for name, _ in CASES}
    for _ in range(runs):
        for name, costs in CASES:
            seconds, mib = run(costs)
            times[name].append(seconds)
            memory[name].append(mib)
    base_time = statistics.median(times[CASES[0][0]])
    base_memory = statistics.median(memory[CASES[0][0]])
    for name, costs in CASES:
        t, m = statistics.median(times[name]), statistics.median(memory[name])
        verdict = "accepted" if KdfParams(KdfId.ARGON2ID, costs).problem() is None else "refused"
        ratios = f"{t:6.2f} s ({t / base_time:4.2f}x)  {m:6.0f} MiB ({m / base_memory:4.2f}x)"
        print(f"{name:38s} {ratios}  {verdict}")


if __name__ == "__main__":
    main()
