package io.gridpool.testing.net;

import io.gridpool.testing.MemberProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test network itself: its links are delayed as asked, lose packets, cut and heal, and nothing is left. */
@Tag("network")
class NetLabTest {

    private static final int ECHO_PORT = 7000;

    @Test
    void links_delay_lose_cut_and_heal() {
        try (NetLab lab = NetLab.create(1)) {
            NetHost member = lab.member(0);
            try (MemberProcess echo = lab.start(member, EchoHost.class.getName(),
                    List.of(member.address(), String.valueOf(ECHO_PORT)), List.of("-Xmx32m"))) {
                RoundTrips plain = RoundTrips.measure(member.address(), ECHO_PORT, 200, 2_000);
                System.out.println("no delay: " + plain);
                assertThat(plain.quantile(0.5)).isLessThan(1_000);

                lab.delay(2_000, 500);
                long cpu = lab.delayCpuMillis();
                RoundTrips delayed = RoundTrips.measure(member.address(), ECHO_PORT, 1_000, 5_000);
                long perThousand = lab.delayCpuMillis() - cpu;
                System.out.println("2 ms ± 0.5 ms each way: " + delayed + "; the delay programs used " + perThousand
                        + " ms of processor time for 1000 round trips");
                // two delayed packets a round trip: 4 ms ± 1 ms, never less; more by the round trip
                // without delay and by the scheduling of a busy machine (p50 4.3-4.6 ms at load 10-20)
                assertThat(delayed.quantile(0.5)).isBetween(3_700L, 6_000L);
                assertThat(delayed.quantile(0.02)).isGreaterThanOrEqualTo(2_900L);
                assertThat(delayed.connectMicros()).isGreaterThanOrEqualTo(2_900L);

                lab.cut(List.of(lab.driver()), List.of(member));
                assertThatThrownBy(() -> RoundTrips.measure(member.address(), ECHO_PORT, 1, 1_000))
                        .isInstanceOf(UncheckedIOException.class);
                lab.heal(List.of(lab.driver()), List.of(member));
                assertThat(RoundTrips.measure(member.address(), ECHO_PORT, 10, 5_000).echoMicros()).hasSize(10);

                lab.delay(0, 0);
                lab.loss(10);
                RoundTrips lossy = RoundTrips.measure(member.address(), ECHO_PORT, 100, 30_000);
                System.out.println("10 % loss each way: " + lossy);
                // a lost segment waits for TCP's retransmission, 200 ms at least; that none of 100
                // echoes lost one of its two segments has a chance of 0.9^200, about 1e-9
                assertThat(lossy.echoMicros()[lossy.echoMicros().length - 1]).isGreaterThan(150_000);
            }
        }
        assertThat(NetLab.leftovers()).isEmpty();
    }
}
