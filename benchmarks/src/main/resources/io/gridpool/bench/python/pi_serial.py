# Step 1 of the story (shared/seed/pi-story.md): serial Python, the story's own sample().
# Usage: python3 pi_serial.py NUM_SAMPLES
# Prints the story's two lines, then one RESULT line for the harness.
import json
import math
import random
import sys
import time


def sample(num_samples):
    num_inside = 0
    for _ in range(num_samples):
        x, y = random.uniform(-1, 1), random.uniform(-1, 1)
        if math.hypot(x, y) <= 1:
            num_inside += 1
    return num_inside


def approximate_pi(num_samples):
    start = time.time()
    clock = time.perf_counter()
    num_inside = sample(num_samples)
    seconds = time.perf_counter() - clock

    print("pi ~= {}".format((4*num_inside)/num_samples))
    print("Finished in: {:.2f}s".format(time.time()-start))
    print("RESULT " + json.dumps({"seconds": seconds, "items": num_samples, "inside": num_inside}))


if __name__ == "__main__":
    approximate_pi(int(sys.argv[1]))
