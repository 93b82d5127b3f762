package uk.nhs.patientsafety.gateway.routing;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.gateway.GatewayConfig;
import uk.nhs.patientsafety.gateway.ServiceUrls;
import uk.nhs.patientsafety.gateway.edge.RateLimiter;
import uk.nhs.patientsafety.gateway.edge.RequestIds;
import uk.nhs.patientsafety.web.HttpProblems;
import uk.nhs.patientsafety.web.Problem;

/**
 * Routes {@code /api/<resource>/**} to the owning service with Vert.x's reverse proxy, after the gateway's own
 * checks: a valid token (the service validates it again), the client's rate limit, the body size and the
 * downstream's circuit. Every refusal and every downstream failure is problem+json.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    /**
     * The problem type of a 503 answered by an open circuit, without calling the service (with {@code Retry-After});
     * a 503 from trying the service and failing to reach it is {@code about:blank}.
     */
    public static final String CIRCUIT_OPEN = "circuit-open";

    /** Public path prefix → owning service. The service sees the path without {@code /api}. */
    static final Map<String, String> ROUTES = Map.of(
            "incidents", "incident",
            "fhir", "incident",
            "assurance", "assurance",
            "summits", "summit",
            "concerns", "summit",
            "escalations", "summit",
            "candour", "candour",
            "notifications", "notification");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    ServiceUrls services;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    HttpProblems problems;

    private final Map<String, Downstream> downstreams = new HashMap<>();

    /** Bodies read whole before forwarding (those of unknown length), by the request they belong to. */
    private final Map<HttpServerRequest, Buffer> bufferedBodies = new ConcurrentHashMap<>();

    private record Downstream(String name, HttpProxy proxy, CircuitBreaker breaker) {}

    void routes(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.downstream().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        services.all()
                .forEach((name, service) -> downstreams.put(name, downstream(name, URI.create(service.url()), client)));
        String resources = String.join("|", ROUTES.keySet());
        router.routeWithRegex("/api/(" + resources + ")(/.*)?").handler(this::forward);
    }

    private Downstream downstream(String name, URI url, HttpClient client) {
        SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, http) -> http.request(new RequestOptions()
                        .setServer(origin)
                        .setIdleTimeout(config.downstream().timeout().toMillis())));
        CircuitBreaker breaker = new CircuitBreaker(
                config.downstream().failureThreshold(), config.downstream().openFor());
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                // The service owns /incidents, /fhir, …: the gateway's /api prefix stops here.
                context.request().setURI(context.request().getURI().substring("/api".length()));
                Buffer body = bufferedBodies.remove(context.request().proxiedRequest());
                if (body != null) {
                    context.request().setBody(Body.body(body));
                }
                return context.sendRequest()
                        .map(response -> {
                            String location = response.headers().get("Location");
                            if (location != null) {
                                response.headers().set("Location", publicLocation(location, url));
                            }
                            if (countsAsFailure(response.getStatusCode())) {
                                breaker.failed(System.nanoTime());
                            } else {
                                breaker.succeeded();
                            }
                            return response;
                        })
                        .recover(failure -> {
                            breaker.failed(System.nanoTime());
                            return Future.succeededFuture(failed(context, name, failure));
                        });
            }
        });
        return new Downstream(name, proxy, breaker);
    }

    /**
     * Whether a service's answer counts against its circuit: only 502, 503 and 504 — the service saying it cannot
     * answer, or a proxy in front of it saying so. Any other status, 500 included, is the service's own answer and
     * passes through to the caller; it counts as a success (the service is up). Timeouts, refused connections and
     * connections dropped without an answer count as failures too (the gateway answers them 504, 503 and 502).
     */
    static boolean countsAsFailure(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /**
     * A service's {@code Location} names its own, internal, host and its own paths: the caller needs the gateway's
     * path for it, so the service's address is dropped and {@code /api} put back. Locations elsewhere pass unchanged.
     */
    static String publicLocation(String location, URI service) {
        try {
            URI uri = URI.create(location);
            boolean ours = uri.getHost() == null
                    || (uri.getHost().equals(service.getHost()) && uri.getPort() == service.getPort());
            if (!ours || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return location;
            }
            return "/api" + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    private void forward(RoutingContext ctx) {
        String requestId = RequestIds.requestId(ctx.request());
        ctx.request().headers().set(RequestIds.REQUEST_ID, requestId);
        ctx.request().headers().set(RequestIds.TRACEPARENT, RequestIds.traceparent(ctx.request()));
        ctx.response().putHeader(RequestIds.REQUEST_ID, requestId);

        SecurityIdentity identity = problems.authenticated(ctx).orElse(null);
        if (identity == null) {
            return;
        }
        long retryAfter =
                rateLimiter.secondsUntilAllowed(identity.getPrincipal().getName());
        if (retryAfter > 0) {
            ctx.response().putHeader("Retry-After", String.valueOf(retryAfter));
            problems.write(
                    ctx, Problem.of(429, "Too Many Requests", "Rate limit reached; retry after " + retryAfter + " s."));
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && parse(length) > config.downstream().maxBodyBytes()) {
            problems.write(ctx, tooLarge());
            return;
        }
        String resource = ctx.pathParam("param0");
        Downstream downstream = downstreams.get(ROUTES.get(resource));
        if (downstream == null) {
            problems.write(ctx, Problem.of(404, "Not Found", "No service is configured for /api/" + resource + "."));
            return;
        }
        if (length == null && hasBodyOfUnknownLength(ctx.request())) {
            readWhole(ctx, body -> {
                bufferedBodies.put(ctx.request(), body);
                send(ctx, downstream);
            });
        } else {
            send(ctx, downstream);
        }
    }

    private void send(RoutingContext ctx, Downstream downstream) {
        if (!downstream.breaker().allows(System.nanoTime())) {
            bufferedBodies.remove(ctx.request());
            ctx.response()
                    .putHeader(
                            "Retry-After",
                            String.valueOf(config.downstream().openFor().toSeconds()));
            problems.write(
                    ctx,
                    Problem.typed(
                            CIRCUIT_OPEN,
                            503,
                            "Service Unavailable",
                            "The " + downstream.name()
                                    + " service is failing; the gateway is not sending it requests for now."));
            return;
        }
        downstream.proxy().handle(ctx.request());
    }

    /**
     * A body sent without {@code Content-Length} (chunked, or an HTTP/2 stream that has not ended) could be of any
     * size: nothing says how large until it has been read.
     */
    private static boolean hasBodyOfUnknownLength(HttpServerRequest request) {
        return request.getHeader("Transfer-Encoding") != null
                || (request.version() == HttpVersion.HTTP_2 && !request.isEnded());
    }

    /**
     * Reads a body of unknown length, up to {@code max-body-bytes}, before anything is sent to the service: a body
     * over the limit is refused with 413 and the service never sees the request. What the caller still sends after
     * the refusal is read and dropped (so that the refusal reaches it rather than a reset connection), and the
     * connection is closed when the request ends, or after {@code timeout} if it does not.
     */
    private void readWhole(RoutingContext ctx, java.util.function.Consumer<Buffer> then) {
        HttpServerRequest request = ctx.request();
        long max = config.downstream().maxBodyBytes();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > max) {
                refused[0] = true;
                ctx.response().putHeader("Connection", "close");
                problems.write(ctx, tooLarge());
                long timer = vertx.setTimer(config.downstream().timeout().toMillis(), id -> request.connection()
                        .close());
                request.endHandler(end -> {
                    vertx.cancelTimer(timer);
                    request.connection().close();
                });
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                then.accept(body);
            }
        });
        request.exceptionHandler(failure -> {
            if (!refused[0]) {
                refused[0] = true;
                problems.write(ctx, Problem.of(400, "Bad Request", "The request body could not be read."));
            }
        });
        request.resume();
    }

    private Problem tooLarge() {
        return Problem.of(
                413,
                "Content Too Large",
                "The body exceeds " + config.downstream().maxBodyBytes() + " bytes.");
    }

    private ProxyResponse failed(ProxyContext context, String service, Throwable failure) {
        Problem problem = failure instanceof TimeoutException
                        || failure.getClass().getSimpleName().contains("Timeout")
                ? Problem.of(504, "Gateway Timeout", "The " + service + " service did not answer in time.")
                : failure instanceof ConnectException
                                || String.valueOf(failure.getMessage()).contains("Connection refused")
                        ? Problem.of(503, "Service Unavailable", "The " + service + " service is not reachable.")
                        : Problem.of(502, "Bad Gateway", "The " + service + " service failed to answer.");
        // The path only: a query string may carry identifiers (an NHS number, say), which logs must not hold.
        LOG.warnf(
                "Downstream %s failed for %s %s: %s",
                service,
                context.request().getMethod(),
                context.request().proxiedRequest().path(),
                failure.toString());
        return context.request()
                .release()
                .response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(problems.json(
                        problem.at(URI.create(context.request().proxiedRequest().uri()))))));
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
