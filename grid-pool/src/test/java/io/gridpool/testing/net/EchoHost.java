package io.gridpool.testing.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.UUID;

/**
 * The main class of an echo server on a test host, {@code address port}: it echoes every byte on
 * every connection, so a test can time round trips over the lab's links. Prints {@code READY
 * <uuid>} once it listens and halts when its standard input closes.
 */
public final class EchoHost {

    private EchoHost() {
    }

    public static void main(String[] args) throws IOException {
        ServerSocket server = new ServerSocket(Integer.parseInt(args[1]), 50, InetAddress.getByName(args[0]));
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket socket = server.accept();
                    socket.setTcpNoDelay(true);
                    Thread echo = new Thread(() -> echo(socket));
                    echo.setDaemon(true);
                    echo.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "accept");
        acceptor.setDaemon(true);
        acceptor.start();
        System.out.println("READY " + new UUID(0, 0));
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent holds our stdin open for as long as it lives
        }
        Runtime.getRuntime().halt(0);
    }

    private static void echo(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            byte[] buffer = new byte[512];
            int read;
            while ((read = in.read(buffer)) > 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // the other end went
        }
    }
}
