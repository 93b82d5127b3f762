package uk.nhs.patientsafety.eventsourcing.patients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identities of patients (and of the people who speak for them) encrypted at rest, one data key per subject
 * (crypto-shredding, ADR 6). Each subject has a pseudonymous reference and a random AES-256 data key, stored wrapped
 * (AES-GCM) under the master key from configuration ({@code platform.patients.master-key}, table
 * {@code patient_subject}). An identity — whatever record the service keeps, as JSON — is sealed with the subject's
 * data key (AES-GCM, the reference as associated data) before it enters an event, so erasing a subject only has to
 * destroy one key: the event store is never rewritten, and what it holds for them can no longer be read by anyone.
 *
 * <p>A subject with a natural identifier (an NHS number) gets the same reference every time (a keyed hash, so the
 * reference reveals nothing without the master key); one without gets a fresh reference each time.
 */
@ApplicationScoped
public class PatientVault {

    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CACHED_KEYS = 50_000;
    /** The version of the key that wraps data keys, stored with each wrapped key so that the master can rotate. */
    static final int WRAPPING_KEY_VERSION = 1;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Optional here, so that a service that keeps no identities starts without one; required on first use. */
    @ConfigProperty(name = "platform.patients.master-key")
    Optional<String> masterKeyBase64;

    /** How long a node keeps a data key in memory: an erasure on another node takes effect here within it. */
    @ConfigProperty(name = "platform.patients.key-cache-ttl", defaultValue = "5M")
    Duration keyCacheTtl;

    /** Replaced by tests, so that the cache's expiry is tested without waiting. */
    LongSupplier nanoTime = System::nanoTime;

    private SecretKey wrappingKey;
    private SecretKeySpec referenceKey;
    private SecretKeySpec outsideReferenceKey;

    private record CachedKey(SecretKey key, long loadedAt) {}

    /** Unwrapped data keys of live patients, for {@link #keyCacheTtl}; an erased patient's is evicted at once. */
    private final ConcurrentMap<String, CachedKey> dataKeys = new ConcurrentHashMap<>();

    /** Counts erasures on this node: a key read before one is not cached after it (it may be the erased one). */
    private final AtomicLong erasures = new AtomicLong();

    @PostConstruct
    void init() {
        byte[] master = Base64.getDecoder()
                .decode(masterKeyBase64.orElseThrow(() -> new IllegalStateException(
                        "platform.patients.master-key is not configured: 32 random bytes, base64-encoded")));
        if (master.length != 32) {
            throw new IllegalStateException("platform.patients.master-key must be 32 bytes, base64-encoded");
        }
        // One secret in configuration, a separate key derived from it for each use: wrapping data keys, stable
        // references, and references shown outside the owning organisation.
        SecretKeySpec derivation = new SecretKeySpec(master, "HmacSHA256");
        wrappingKey = new SecretKeySpec(hmac(derivation, "patient-key-wrapping:v" + WRAPPING_KEY_VERSION), "AES");
        referenceKey = new SecretKeySpec(hmac(derivation, "patient-reference"), "HmacSHA256");
        outsideReferenceKey = new SecretKeySpec(hmac(derivation, "patient-reference-outside"), "HmacSHA256");
    }

    /**
     * The reference to show for patient {@code ref} outside the organisation that owns the record, within one
     * {@code record} (e.g. an incident): the same patient gets another reference in another record, so a provider
     * that reports an NHS number cannot follow that patient through other organisations' views.
     */
    public String outsideReference(String record, String ref) {
        return "px-" + HexFormat.of().formatHex(hmac(outsideReferenceKey, record + ":" + ref), 0, 12);
    }

    /** A patient's pseudonymous reference and their identity sealed under their data key. */
    public record SealedPatient(String ref, String sealedIdentity) {}

    /**
     * Seals {@code identity} under the subject's data key, creating the key on first use. {@code naturalId} (an NHS
     * number, or null) makes the reference stable. A subject erased before is a new subject now: the old key stays
     * destroyed and they get a fresh reference.
     */
    public SealedPatient seal(String naturalId, Object identity) {
        return sealUnder(referenceFor(naturalId), identity);
    }

    /**
     * Seals the identity of the {@code sequence}-th subject of a record (e.g. the second patient of an incident)
     * that has no natural identifier: the reference is the same for every revision of the record, so a subject
     * keeps their identity across revisions without an NHS number. Erased before, they become a new subject.
     */
    public SealedPatient sealInRecord(String record, int sequence, Object identity) {
        return sealUnder(
                "pt-" + HexFormat.of().formatHex(hmac(referenceKey, "record:" + record + ":" + sequence), 0, 12),
                identity);
    }

    private SealedPatient sealUnder(String wanted, Object identity) {
        String ref = wanted;
        SecretKey key;
        try {
            key = dataKey(ref);
        } catch (ErasedPatientException e) {
            ref = referenceFor(null);
            key = dataKey(ref);
        }
        return new SealedPatient(ref, seal(ref, key, identity));
    }

    String referenceFor(String naturalId) {
        byte[] id = naturalId != null ? hmac(referenceKey, "nhs:" + naturalId) : randomBytes(32);
        return "pt-" + HexFormat.of().formatHex(id, 0, 12);
    }

    private SecretKey dataKey(String ref) {
        if (dataKeys.size() > MAX_CACHED_KEYS) {
            dataKeys.clear();
        }
        CachedKey cached = fresh(ref);
        if (cached != null) {
            return cached.key();
        }
        long before = erasures.get();
        SecretKey key = loadOrCreateKey(ref);
        remember(ref, key, before);
        return key;
    }

    /** The cached key, if it is younger than the cache's time-to-live; an older one is dropped. */
    private CachedKey fresh(String ref) {
        CachedKey cached = dataKeys.get(ref);
        if (cached != null && nanoTime.getAsLong() - cached.loadedAt() > keyCacheTtl.toNanos()) {
            dataKeys.remove(ref, cached);
            return null;
        }
        return cached;
    }

    /** Caches a key read from the database, unless an erasure on this node may have destroyed it meanwhile. */
    private void remember(String ref, SecretKey key, long erasuresBefore) {
        if (erasures.get() == erasuresBefore) {
            dataKeys.putIfAbsent(ref, new CachedKey(key, nanoTime.getAsLong()));
            // An erasure that began between the check and the put removes after it: look once more.
            if (erasures.get() != erasuresBefore) {
                dataKeys.remove(ref);
            }
        }
    }

    private String seal(String ref, SecretKey key, Object identity) {
        try {
            byte[] iv = randomBytes(IV_BYTES);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ref.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(identity));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("A patient identity could not be sealed", e);
        }
    }

    /** The identity sealed in {@code sealed}, read as {@code type}, or empty once the subject has been erased. */
    public <T> Optional<T> open(String ref, String sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        CachedKey cached = fresh(ref);
        Optional<SecretKey> key;
        if (cached != null) {
            key = Optional.of(cached.key());
        } else {
            long before = erasures.get();
            key = loadKey(ref);
            key.ifPresent(loaded -> remember(ref, loaded, before));
        }
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(ref.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(json.readValue(plain, type));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("A sealed patient identity could not be opened", e);
        }
    }

    /**
     * Erases a patient by destroying their data key. Returns false if no such patient is known. Other nodes drop the
     * key from memory within {@code platform.patients.key-cache-ttl} (5 minutes by default).
     */
    public boolean erase(String ref) {
        evict(ref);
        int updated = update(
                "UPDATE patient_subject SET wrapped_key = NULL, erased_at = now() WHERE ref = ? AND erased_at IS NULL",
                ref);
        // Evicted again once the erasure has committed: a read in between may still have seen the key.
        if (transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    evict(ref);
                }
            });
        }
        evict(ref);
        return updated > 0 || exists(ref);
    }

    /** Drops a key from this node's memory, and keeps any read that began before from caching it again. */
    private void evict(String ref) {
        erasures.incrementAndGet();
        dataKeys.remove(ref);
    }

    public boolean isErased(String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT erased_at IS NOT NULL FROM patient_subject WHERE ref = ?")) {
            query.setString(1, ref);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Patient keys could not be read", e);
        }
    }

    private SecretKey loadOrCreateKey(String ref) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey fresh = generator.generateKey();
            byte[] wrapped = wrap(fresh);
            // Committed on its own, so that a key this node caches exists even if the report that made it fails.
            // Another request may create the same patient's key at once: the first one written wins for both.
            QuarkusTransaction.requiringNew()
                    .run(() -> update(
                            "INSERT INTO patient_subject (ref, wrapped_key, key_version) VALUES (?, ?, "
                                    + WRAPPING_KEY_VERSION + ") ON CONFLICT (ref) DO NOTHING",
                            ref,
                            wrapped));
            return loadKey(ref).orElseThrow(() -> new ErasedPatientException("Patient " + ref + " has been erased"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A patient data key could not be made", e);
        }
    }

    private Optional<SecretKey> loadKey(String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT wrapped_key, key_version FROM patient_subject WHERE ref = ?")) {
            query.setString(1, ref);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getBytes(1) == null) {
                    return Optional.empty();
                }
                if (row.getInt(2) != WRAPPING_KEY_VERSION) {
                    throw new IllegalStateException("Patient " + ref + "'s key is wrapped under key version "
                            + row.getInt(2) + ", which this node does not hold");
                }
                return Optional.of(unwrap(row.getBytes(1)));
            }
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("A patient data key could not be read", e);
        }
    }

    private byte[] wrap(SecretKey key) throws GeneralSecurityException {
        byte[] iv = randomBytes(IV_BYTES);
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(Cipher.ENCRYPT_MODE, wrappingKey, new GCMParameterSpec(TAG_BITS, iv));
        byte[] wrapped = cipher.doFinal(key.getEncoded());
        return ByteBuffer.allocate(iv.length + wrapped.length)
                .put(iv)
                .put(wrapped)
                .array();
    }

    private SecretKey unwrap(byte[] wrapped) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(Cipher.DECRYPT_MODE, wrappingKey, new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
        return new SecretKeySpec(cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES), "AES");
    }

    private boolean exists(String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM patient_subject WHERE ref = ?")) {
            query.setString(1, ref);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Patient keys could not be read", e);
        }
    }

    private int update(String sql, String ref, byte[]... bytes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ref);
            for (int i = 0; i < bytes.length; i++) {
                statement.setBytes(i + 2, bytes[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Patient keys could not be written", e);
        }
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A sealed identity was asked for a patient whose key has been destroyed. */
    public static class ErasedPatientException extends RuntimeException {
        public ErasedPatientException(String message) {
            super(message);
        }
    }
}
