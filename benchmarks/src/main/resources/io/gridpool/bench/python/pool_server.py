# A multiprocessing.Pool kept alive across the harness's rounds, as the Java pools are: the pool
# is made once, then every line "run" on standard input runs one timed Pool.map over the same
# inputs and answers one RESULT line; end of input (or "quit") closes the pool.
# Usage: python3 pool_server.py WORK COUNT
#   add_one  x + 1 over the integers 0 .. COUNT-1
#   swap     (a, b) -> (b, a) over COUNT tuples of two floats
#   pi       the story's sample() over COUNT samples, in tasks of 100,000
# Pool.map uses its own chunk size (ceil(len / (4 * processes))); the clock runs around map() only.
import json
import math
import random
import sys
import time
from multiprocessing.pool import Pool

BATCH = 100000


def add_one(x):
    return x + 1


def swap(p):
    return (p[1], p[0])


def sample(num_samples):
    num_inside = 0
    for _ in range(num_samples):
        x, y = random.uniform(-1, 1), random.uniform(-1, 1)
        if math.hypot(x, y) <= 1:
            num_inside += 1
    return num_inside


def inputs(work, count):
    if work == "add_one":
        return list(range(count))
    if work == "swap":
        return [(float(i), i * 0.5) for i in range(count)]
    if work == "pi":
        return [BATCH] * (count // BATCH)
    raise SystemExit("unknown work " + work)


def check(work, data, results):
    assert len(results) == len(data)
    if work == "add_one":
        assert results[-1] == len(data)
    elif work == "swap":
        assert results[-1] == (data[-1][1], data[-1][0])


def items(work, data):
    return len(data) * BATCH if work == "pi" else len(data)


if __name__ == "__main__":
    work, count = sys.argv[1], int(sys.argv[2])
    function = {"add_one": add_one, "swap": swap, "pi": sample}[work]
    data = inputs(work, count)
    with Pool() as pool:
        print("READY " + json.dumps({"processes": pool._processes}), flush=True)
        for line in sys.stdin:
            if line.strip() != "run":
                break
            clock = time.perf_counter()
            results = pool.map(function, data)
            seconds = time.perf_counter() - clock
            check(work, data, results)
            print("RESULT " + json.dumps({"seconds": seconds, "items": items(work, data)}), flush=True)
