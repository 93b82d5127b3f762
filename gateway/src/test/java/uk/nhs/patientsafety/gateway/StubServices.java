package uk.nhs.patientsafety.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import uk.nhs.patientsafety.testing.LocalHost;

/**
 * Real HTTP servers standing in for the services behind the gateway: each answers with what it received (its name,
 * the path, whether a token came, the request id and traceparent). "assurance" points at a port nothing listens on,
 * as a stopped service would. {@code /slow} paths answer after 3 s; {@code /broken} paths get their connection closed
 * without an answer; {@code /error500} paths answer 500. Each counts what it received: {@code GET /_stub/counts} on a
 * stub answers {@code {"openapi": <fetches of /q/openapi>, "paths": {<path>: <requests>}}}.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static {
        // Without it the JDK's server and Nagle's algorithm add ~40 ms to every response, which would hide the
        // gateway's own cost in the benchmark.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("incident", "summit", "candour", "notification")) {
            config.put("platform.services." + service + ".url", "http://127.0.0.1:" + serve(service));
        }
        config.put("platform.services.assurance.url", "http://127.0.0.1:" + LocalHost.freePort());
        config.put("platform.gateway.downstream.timeout", "1s");
        config.put("platform.gateway.downstream.failure-threshold", "3");
        // The benchmark lifts the limit (GATEWAY_TEST_RATE_LIMIT=1000000); the tests need a small one.
        String limit = System.getenv().getOrDefault("GATEWAY_TEST_RATE_LIMIT", "30");
        config.put("platform.gateway.rate-limit.capacity", limit);
        config.put("platform.gateway.rate-limit.per-second", limit.equals("30") ? "1" : limit);
        config.put("platform.gateway.downstream.max-body-bytes", "1000");
        // 200 concurrent subscribers with one identity (GatewayStreamsTest); the default limit has its own test.
        config.put("platform.gateway.streams.max-streams-per-subject", "1000");
        // Logged, so that GatewayRoutingTest can show no query string is.
        config.put("quarkus.http.access-log.enabled", "true");
        return config;
    }

    private int serve(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicInteger openApiFetches = new AtomicInteger();
            Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
            server.createContext("/_stub/counts", exchange -> {
                StringBuilder paths = new StringBuilder();
                received.forEach((path, count) -> paths.append(paths.isEmpty() ? "" : ",")
                        .append('"')
                        .append(path)
                        .append("\":")
                        .append(count.get()));
                byte[] counts = ("{\"openapi\":" + openApiFetches.get() + ",\"paths\":{" + paths + "}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, counts.length);
                exchange.getResponseBody().write(counts);
                exchange.close();
            });
            server.createContext("/q/openapi", exchange -> {
                openApiFetches.incrementAndGet();
                String resource = Map.of(
                                "incident",
                                "incidents",
                                "summit",
                                "summits",
                                "candour",
                                "candour",
                                "notification",
                                "notifications")
                        .get(service);
                byte[] document = ("{\"openapi\":\"3.0.3\",\"paths\":{\"/" + resource
                                + "/{id}\":{\"get\":{\"summary\":\"one\"}},"
                                + "\"/me\":{\"get\":{}}},\"components\":{\"schemas\":{\"" + service
                                + "View\":{\"type\":\"object\"}}}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, document.length);
                exchange.getResponseBody().write(document);
                exchange.close();
            });
            server.createContext("/", exchange -> {
                received.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
                        .incrementAndGet();
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    sleep(3000);
                }
                if (exchange.getRequestURI().getPath().endsWith("/broken")) {
                    // Closed before any response has been sent: the JDK server drops the connection.
                    exchange.close();
                    return;
                }
                int bodyBytes = exchange.getRequestBody().readAllBytes().length;
                String body = String.format(
                        "{\"service\":\"%s\",\"path\":\"%s\",\"method\":\"%s\",\"authorized\":%s,\"requestId\":\"%s\",\"traceparent\":\"%s\",\"bodyBytes\":%d}",
                        service,
                        exchange.getRequestURI(),
                        exchange.getRequestMethod(),
                        exchange.getRequestHeaders().getFirst("Authorization") != null,
                        exchange.getRequestHeaders().getFirst("X-Request-Id"),
                        exchange.getRequestHeaders().getFirst("traceparent"),
                        bodyBytes);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if ("POST".equals(exchange.getRequestMethod())) {
                    // As a real service answers a create: an absolute URL on its own, internal, host and port.
                    exchange.getResponseHeaders()
                            .add(
                                    "Location",
                                    "http://127.0.0.1:"
                                            + exchange.getLocalAddress().getPort()
                                            + exchange.getRequestURI().getPath() + "/created-1");
                }
                exchange.sendResponseHeaders(
                        exchange.getRequestURI().getPath().endsWith("/error500") ? 500 : 200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
            server.start();
            servers.add(server);
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }
}
