package io.movierecs.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of a real server (PostgreSQL, an emulator), that a fault
 * test can cut, black-hole or restore, without touching the server itself.
 *
 * <ul>
 *   <li>{@link #cut()}: every open connection is reset and nothing listens on the port, as when the
 *       server is stopped: a client gets "connection refused" at once.</li>
 *   <li>{@link #blackHole()}: connections, open ones and new ones, are kept, but nothing goes through
 *       either way, as with a network that drops packets: a client waits for its own timeouts.</li>
 *   <li>{@link #restore()}: connections go through again, on the same port.</li>
 * </ul>
 */
public final class TcpProxy implements AutoCloseable {
    private enum Mode { PASS, BLACK_HOLE, CUT }

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;
    private volatile ServerSocket listener;
    private volatile boolean closed;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a proxy to " + host + ":" + port, e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized void cut() {
        mode = Mode.CUT;
        closeQuietly(listener);
        resetAll();
    }

    public synchronized void blackHole() {
        mode = Mode.BLACK_HOLE;
        ensureListening();
    }

    public synchronized void restore() {
        mode = Mode.PASS;
        resetAll();
        ensureListening();
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly(listener);
        resetAll();
    }

    private void ensureListening() {
        if (listener.isClosed()) {
            try {
                listener = bind(port);
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on port " + port + " again", e);
            }
            startAccepting(listener);
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return socket;
    }

    private void startAccepting(ServerSocket server) {
        Thread accepter = new Thread(() -> {
            while (!closed && !server.isClosed()) {
                try {
                    Socket client = server.accept();
                    open.add(client);
                    if (mode == Mode.PASS) {
                        connect(client);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "tcp-proxy-accept-" + port);
        accepter.setDaemon(true);
        accepter.start();
    }

    private void connect(Socket client) {
        try {
            Socket upstream = new Socket(target.getAddress(), target.getPort());
            open.add(upstream);
            pipe(client, upstream);
            pipe(upstream, client);
        } catch (IOException e) {
            reset(client);
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (mode == Mode.PASS) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // The other side went away, or the proxy reset the pair.
            } finally {
                reset(from);
                reset(to);
            }
        }, "tcp-proxy-pipe-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    private void resetAll() {
        open.forEach(this::reset);
    }

    /** Closes with RST rather than FIN, as a server that went away does. */
    private void reset(Socket socket) {
        open.remove(socket);
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException ignored) {
            // Already closed.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that is asked.
        }
    }
}
