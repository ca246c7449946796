# A fine-grained map on multiprocessing.Pool: x + 1 over COUNT integers, with Pool.map's own
# chunk size (ceil(len / (4 * processes))).
# Usage: python3 map_pool.py COUNT
# Prints one RESULT line for the harness; the clock runs around pool.map only.
import json
import sys
import time
from multiprocessing.pool import Pool


def add_one(x):
    return x + 1


if __name__ == "__main__":
    count = int(sys.argv[1])
    inputs = list(range(count))
    with Pool() as pool:
        clock = time.perf_counter()
        results = pool.map(add_one, inputs)
        seconds = time.perf_counter() - clock
        assert results[-1] == count and len(results) == count
        print("RESULT " + json.dumps({"seconds": seconds, "items": count, "processes": pool._processes}))
