# Step 2 of the story (shared/seed/pi-story.md): multiprocessing.Pool on all cores, the story's
# sample() and batch of 100,000 samples per task.
# Usage: python3 pi_pool.py NUM_SAMPLES
# Prints the story's two lines, then one RESULT line for the harness. As in the story, the clock
# starts after the Pool was created.
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


def approximate_pi_parallel(num_samples):
    from multiprocessing.pool import Pool
    pool = Pool()

    start = time.time()
    clock = time.perf_counter()
    num_inside = 0
    sample_batch_size = 100000
    for result in pool.map(sample, [sample_batch_size for _ in range(num_samples//sample_batch_size)]):
        num_inside += result
    seconds = time.perf_counter() - clock

    print("pi ~= {}".format((4*num_inside)/num_samples))
    print("Finished in: {:.2f}s".format(time.time()-start))
    print("RESULT " + json.dumps({"seconds": seconds, "items": num_samples, "inside": num_inside,
                                  "processes": pool._processes}))
    pool.close()
    pool.join()


if __name__ == "__main__":
    approximate_pi_parallel(int(sys.argv[1]))
