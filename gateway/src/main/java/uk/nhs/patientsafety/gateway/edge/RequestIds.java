package uk.nhs.patientsafety.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id} and W3C {@code traceparent}: kept when a caller sends valid ones, created otherwise. The
 * gateway is a hop of the trace, so it forwards a traceparent with the caller's trace id and its own span id.
 */
public final class RequestIds {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {}

    public static String requestId(HttpServerRequest request) {
        String given = request.getHeader(REQUEST_ID);
        return given != null && VALID_REQUEST_ID.matcher(given).matches() ? given : random(16);
    }

    public static String traceparent(HttpServerRequest request) {
        String given = request.getHeader(TRACEPARENT);
        var matcher = given == null ? null : VALID_TRACEPARENT.matcher(given);
        String traceId =
                matcher != null && matcher.matches() && !matcher.group(1).equals("0".repeat(32))
                        ? matcher.group(1)
                        : random(16);
        String flags = matcher != null && matcher.matches() ? matcher.group(3) : "01";
        return "00-" + traceId + "-" + random(8) + "-" + flags;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
