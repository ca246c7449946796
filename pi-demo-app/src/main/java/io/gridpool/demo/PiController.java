package io.gridpool.demo;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pi?samples=N[&batch=B][&seed=S]}: one estimate, in JSON, with the figures the
 * command prints. A bad parameter gets a 400 whose {@code detail} says in one line what is wrong.
 */
@RestController
class PiController {

    /** A request is answered while the client waits; longer runs belong on the command line. */
    static final long MAX_SAMPLES = 100_000_000_000L;

    private final PiEstimator estimator;

    PiController(PiEstimator estimator) {
        this.estimator = estimator;
    }

    @GetMapping("/api/pi")
    ResponseEntity<?> pi(@RequestParam(defaultValue = "1e9") String samples,
                         @RequestParam(required = false) String batch,
                         @RequestParam(required = false) String seed) {
        PiJob job;
        try {
            job = new PiJob(Counts.parse("samples", samples, 1, MAX_SAMPLES),
                    batch == null ? PiOptions.DEFAULT_BATCH : Counts.parse("batch", batch, 1, MAX_SAMPLES),
                    seed == null ? ThreadLocalRandom.current().nextLong() : Counts.parseSeed(seed));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
        return ResponseEntity.ok(estimator.estimate(job, Progress.none()));
    }
}
