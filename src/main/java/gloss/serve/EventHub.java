package gloss.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream at {@code /_gloss/events}: every open tab gets the preview's current
 * state when it connects and again after each build ({@code event: state}, JSON data). A comment line
 * every few seconds keeps proxies from closing the stream and tells serve when a tab has gone.
 */
final class EventHub implements AutoCloseable {
    private static final long HEARTBEAT_SECONDS = 10;
    private static final String CLOSE = "\u0000close";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile String state = "{}";
    private volatile boolean closed;

    /** Sends {@code json} to every connected tab, and to every tab that connects later. */
    void publish(String json) {
        state = json;
        for (BlockingQueue<String> c : clients) c.offer(json);
    }

    int clients() {
        return clients.size();
    }

    /** Streams events to one tab until it goes away or the hub closes; runs on the exchange's thread. */
    void stream(HttpExchange exchange, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, "retry: 1000\n\n" + event(state));
            while (!closed) {
                String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (next == null) write(out, ": keep-alive\n\n");
                else if (next.equals(CLOSE)) break;
                else write(out, event(next));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static String event(String json) {
        return "event: state\ndata: " + json + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<String> c : clients) c.offer(CLOSE);
    }
}
