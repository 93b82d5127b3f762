package uk.nhs.patientsafety.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.patientsafety.gateway.GatewayConfig;
import uk.nhs.patientsafety.gateway.ServiceUrls;

/**
 * {@code GET /api/openapi}: one OpenAPI document for the whole platform, as callers of the gateway see it. Each
 * service's own document ({@code /q/openapi}) contributes the paths the gateway routes to it, under {@code /api};
 * a service that does not answer is listed in {@code x-unavailable} rather than failing the whole document. The
 * route is open, so the document is built at most once per {@code platform.gateway.openapi.cache-ttl} (time from the
 * injected {@link Clock}): anonymous callers cannot make the gateway call every service on each request.
 */
@Path("/api/openapi")
@PermitAll
public class AggregatedOpenApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    ServiceUrls services;

    @Inject
    ObjectMapper json;

    @Inject
    GatewayConfig config;

    @Inject
    Clock clock;

    private record Built(ObjectNode document, Instant at) {}

    private volatile Built cached;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document() {
        Built current = cached;
        if (current != null && fresh(current)) {
            return current.document();
        }
        synchronized (this) {
            // Callers that waited here while one built it take that one.
            current = cached;
            if (current == null || !fresh(current)) {
                current = new Built(build(), clock.instant());
                cached = current;
            }
            return current.document();
        }
    }

    private boolean fresh(Built built) {
        return clock.instant().isBefore(built.at().plus(config.openapi().cacheTtl()));
    }

    private ObjectNode build() {
        ObjectNode document = json.createObjectNode().put("openapi", "3.0.3");
        document.putObject("info")
                .put("title", "Patient Safety Platform API")
                .put("version", "1")
                .put(
                        "description",
                        "Every service's API through the gateway. Authenticate with a bearer token from "
                                + "the patient-safety realm.");
        ObjectNode paths = document.putObject("paths");
        ObjectNode schemas = document.putObject("components").putObject("schemas");
        ArrayNode unavailable = document.putArray("x-unavailable");

        Map<String, String> byService = new TreeMap<>();
        services.all().forEach((name, service) -> byService.put(name, service.url()));
        byService.forEach((name, url) -> {
            JsonNode own = fetch(url);
            if (own == null) {
                unavailable.add(name);
                return;
            }
            own.path("paths").fields().forEachRemaining(path -> {
                String resource = path.getKey().replaceFirst("^/([^/]+).*", "$1");
                if (name.equals(ServiceProxy.ROUTES.get(resource))) {
                    paths.set("/api" + path.getKey(), path.getValue());
                }
            });
            own.path("components").path("schemas").fields().forEachRemaining(schema -> {
                if (!schemas.has(schema.getKey())) {
                    schemas.set(schema.getKey(), schema.getValue());
                }
            });
        });
        return document;
    }

    private JsonNode fetch(String serviceUrl) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(serviceUrl + "/q/openapi?format=json"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (Exception unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }
}
