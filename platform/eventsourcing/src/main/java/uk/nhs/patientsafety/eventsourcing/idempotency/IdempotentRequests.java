package uk.nhs.patientsafety.eventsourcing.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * Requests that are safe to retry with an {@code Idempotency-Key}: the first request with a key does its work and
 * its answer is stored in the same transaction (table {@code idempotency_key}); a retry with the same key and the
 * same request gets that answer again without doing anything; the same key with a different request is refused
 * with 409. Keys are scoped (e.g. by the caller's organisation), so two organisations' keys never meet.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** An answer as a retry will get it again: HTTP status, the resource it concerns, the body. */
    public record Answer(int status, String resourceId, String body) {}

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 128;
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Does {@code work} once for ({@code scope}, {@code key}), in a new transaction with the stored answer. When a
     * concurrent request wins a race — the same key, or a unique row the work claims — the work's transaction rolls
     * back and the request is answered once more, as a retry would be.
     */
    public Answer once(String scope, String key, String requestHash, Supplier<Answer> work) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> attempt(scope, key, requestHash, work));
        } catch (RuntimeException e) {
            if (!isCollision(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(() -> attempt(scope, key, requestHash, work));
        }
    }

    private Answer attempt(String scope, String key, String requestHash, Supplier<Answer> work) {
        Optional<Stored> earlier = find(scope, key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new ProblemException(Problem.typed(
                        "idempotency-key-reused",
                        409,
                        "Idempotency key reused",
                        "This Idempotency-Key was used for a different request; use a new key for a new request."));
            }
            return earlier.get().answer();
        }
        Answer answer = work.get();
        remember(scope, key, new Stored(requestHash, answer));
        return answer;
    }

    /**
     * The {@code Idempotency-Key} header, checked: required, 1 to 128 printable ASCII characters. A missing or bad
     * key is a 400 problem naming the header.
     */
    public static String checkedKey(String key, String problemType) {
        if (key == null
                || key.isBlank()
                || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ProblemException(Problem.typed(
                            problemType,
                            400,
                            "Idempotency-Key required",
                            "Send an Idempotency-Key header (1-128 printable ASCII characters) so that retries are"
                                    + " safe.")
                    .withErrors(List.of(new Problem.FieldError(HEADER, "is required: 1-128 printable characters"))));
        }
        return key;
    }

    /** A request's content as JSON, hashed: independent of how the client formatted it, so a retry matches. */
    public static String hash(ObjectMapper json, Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unique-key collision or an optimistic-lock conflict with a concurrent request, anywhere in the causes. */
    public static boolean isCollision(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private record Stored(String requestHash, Answer answer) {}

    private Optional<Stored> find(String scope, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT request_hash, status, resource_id, response FROM idempotency_key"
                                + " WHERE scope = ? AND key = ?")) {
            query.setString(1, scope);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Stored(
                                row.getString(1), new Answer(row.getInt(2), row.getString(3), row.getString(4))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency keys could not be read", e);
        }
    }

    private void remember(String scope, String key, Stored stored) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO idempotency_key (scope, key, request_hash, status, resource_id, response)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, stored.requestHash());
            insert.setInt(4, stored.answer().status());
            insert.setString(5, stored.answer().resourceId());
            insert.setString(6, stored.answer().body());
            insert.executeUpdate();
        } catch (SQLException e) {
            // A concurrent request with the same key committed first: a collision, answered as its retry.
            throw new IllegalStateException("An idempotency key could not be stored", e);
        }
    }
}
