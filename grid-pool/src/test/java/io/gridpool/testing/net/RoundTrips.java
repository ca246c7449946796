package io.gridpool.testing.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

/**
 * Round trips over a lab's links, timed from the driver's host: a TCP connect, then one-byte
 * echoes on that connection (Nagle off) to an {@link EchoHost}.
 *
 * @param connectMicros how long the connect took (one round trip, the handshake)
 * @param echoMicros    the echoes' round trips, sorted
 */
public record RoundTrips(long connectMicros, long[] echoMicros) {

    /** Connects to {@code address:port} within {@code timeoutMillis} and times {@code echoes} echoes. */
    public static RoundTrips measure(String address, int port, int echoes, int timeoutMillis) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), timeoutMillis);
            long connect = (System.nanoTime() - start) / 1_000;
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            long[] trips = new long[echoes];
            for (int i = 0; i < echoes; i++) {
                long sent = System.nanoTime();
                out.write(i);
                out.flush();
                if (in.read() < 0) {
                    throw new IOException("the echo host closed the connection");
                }
                trips[i] = (System.nanoTime() - sent) / 1_000;
            }
            Arrays.sort(trips);
            return new RoundTrips(connect, trips);
        } catch (IOException e) {
            throw new UncheckedIOException("no round trip to " + address + ":" + port, e);
        }
    }

    /** The echo round trip at quantile {@code q} (0..1), in microseconds. */
    public long quantile(double q) {
        return echoMicros[(int) Math.min(echoMicros.length - 1, Math.floor(q * echoMicros.length))];
    }

    @Override
    public String toString() {
        return "connect " + connectMicros + " µs; echo p5 " + quantile(0.05) + ", p50 " + quantile(0.5) + ", p95 "
                + quantile(0.95) + ", max " + echoMicros[echoMicros.length - 1] + " µs";
    }
}
