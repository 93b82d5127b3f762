package uk.nhs.patientsafety.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream, as a dashboard would, and keeps what arrives. */
final class SseClient implements AutoCloseable {

    record Event(String id, String type, String data, long receivedAt) {}

    static final HttpClient HTTP = HttpClient.newHttpClient();

    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<String> comments = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;
    private volatile boolean finished;

    SseClient(String url, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            String[] current = new String[3];
            r.body().forEach(line -> {
                if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("id: ")) {
                    current[0] = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    current[1] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    current[2] = line.substring(6);
                } else if (line.isEmpty() && current[2] != null) {
                    events.add(new Event(current[0], current[1], current[2], System.nanoTime()));
                    current[0] = current[1] = current[2] = null;
                }
            });
            finished = true;
        });
    }

    int status() {
        return status;
    }

    /** Whether the gateway ended the stream (its body has been read to the end). */
    boolean finished() {
        return finished;
    }

    boolean sawData(String fragment) {
        return events.stream().anyMatch(e -> e.data().contains(fragment));
    }

    /** The SSE id of the first event whose data contains {@code fragment}. */
    String idOf(String fragment) {
        return events.stream()
                .filter(e -> e.data().contains(fragment))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
