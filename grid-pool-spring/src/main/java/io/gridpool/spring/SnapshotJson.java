package io.gridpool.spring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gridpool.Pool;
import io.gridpool.PoolSnapshot;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET <path>/snapshot[?since=<instant>]}: the pool's snapshot as the live page polls it,
 * written as the gridpool endpoint writes it (ISO-8601 instants and durations, nulls left out)
 * whatever the application's own Jackson settings. With {@code since}, only the chunks that
 * ended after it, so that a page polling twice a second is not sent the whole history each time.
 * The {@code Server-Timing} header says how long taking the snapshot and writing it took.
 * Thread-safe.
 */
final class SnapshotJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(value -> value.withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final Pool pool;

    SnapshotJson(Pool pool) {
        this.pool = pool;
    }

    ServerResponse respond(ServerRequest request) {
        Optional<String> since = request.param("since");
        Instant after;
        try {
            after = since.map(Instant::parse).orElse(Instant.MIN);
        } catch (DateTimeParseException e) {
            return ServerResponse.badRequest().contentType(MediaType.TEXT_PLAIN).body("since must be an ISO-8601 "
                    + "instant such as 2026-01-31T12:00:00Z, was '" + since.get() + "'");
        }
        long start = System.nanoTime();
        PoolSnapshot snapshot = endedAfter(pool.snapshot(), after);
        long taken = System.nanoTime();
        byte[] body = JSON.writeValueAsBytes(snapshot);
        long written = System.nanoTime();
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .header("Server-Timing", String.format(Locale.ROOT, "snapshot;dur=%.2f, json;dur=%.2f",
                        (taken - start) / 1e6, (written - taken) / 1e6))
                .body(body);
    }

    /** {@code snapshot} with only the chunks that ended after {@code instant}. */
    static PoolSnapshot endedAfter(PoolSnapshot snapshot, Instant instant) {
        if (instant.equals(Instant.MIN)) {
            return snapshot;
        }
        return new PoolSnapshot(snapshot.takenAt(), snapshot.stats(), snapshot.calls(), snapshot.workers(),
                snapshot.chunks().stream().filter(chunk -> chunk.end().isAfter(instant)).toList());
    }
}
