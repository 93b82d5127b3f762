package uk.nhs.patientsafety.eventsourcing.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;

/** Crypto-shredding against a real PostgreSQL: sealed identities open until the subject's key is destroyed. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PatientVaultTest {

    /** Any record a service keeps as an identity. */
    public record Person(String nhsNumber, String name, LocalDate dateOfBirth) {}

    /** The test profile's master key (src/test/resources/application.properties). */
    static final String MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMtISE=";

    @Inject
    PatientVault vault;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_sealed_identity_holds_nothing_readable_and_opens_with_the_subjects_key() {
        Person person = new Person(uniqueNhsNumber(), "Ann Example", LocalDate.parse("1950-03-14"));

        PatientVault.SealedPatient sealed = vault.seal(person.nhsNumber(), person);

        assertThat(sealed.ref()).matches("pt-[0-9a-f]{24}");
        assertThat(sealed.sealedIdentity())
                .doesNotContain(person.nhsNumber())
                .doesNotContain("Ann")
                .doesNotContain("1950");
        assertThat(vault.open(sealed.ref(), sealed.sealedIdentity(), Person.class))
                .contains(person);
    }

    @Test
    void the_same_natural_identifier_is_the_same_subject_and_none_is_a_new_one_each_time() {
        String nhsNumber = uniqueNhsNumber();
        Person person = new Person(nhsNumber, "Ann Example", null);
        Person unnamed = new Person(null, "No Number", null);

        assertThat(vault.seal(nhsNumber, person).ref())
                .isEqualTo(vault.seal(nhsNumber, person).ref());
        assertThat(vault.seal(null, unnamed).ref())
                .isNotEqualTo(vault.seal(null, unnamed).ref());
    }

    @Test
    void erasure_destroys_the_key_so_every_copy_becomes_unreadable_and_the_subject_comes_back_as_someone_new()
            throws SQLException {
        String nhsNumber = uniqueNhsNumber();
        Person person = new Person(nhsNumber, "Erased Person", null);
        PatientVault.SealedPatient first = vault.seal(nhsNumber, person);
        PatientVault.SealedPatient second = vault.seal(nhsNumber, person);

        assertThat(vault.erase(first.ref())).isTrue();

        assertThat(vault.isErased(first.ref())).isTrue();
        assertThat(vault.open(first.ref(), first.sealedIdentity(), Person.class))
                .isEmpty();
        assertThat(vault.open(second.ref(), second.sealedIdentity(), Person.class))
                .isEmpty();
        assertThat(wrappedKeyOf(first.ref())).isNull();
        PatientVault.SealedPatient again = vault.seal(nhsNumber, person);
        assertThat(again.ref()).isNotEqualTo(first.ref());
        assertThat(vault.open(again.ref(), again.sealedIdentity(), Person.class))
                .contains(person);
    }

    @Test
    void an_erasure_on_another_node_takes_effect_here_once_the_cached_key_expires() throws SQLException {
        PatientVault instance = ClientProxy.unwrap(vault);
        long[] now = {System.nanoTime()};
        instance.nanoTime = () -> now[0];
        try {
            Person person = new Person(uniqueNhsNumber(), "Cached Person", null);
            PatientVault.SealedPatient sealed = vault.seal(person.nhsNumber(), person);
            assertThat(vault.open(sealed.ref(), sealed.sealedIdentity(), Person.class))
                    .contains(person);

            // Another node erases: this node still holds the key in memory...
            execute("UPDATE patient_subject SET wrapped_key = NULL, erased_at = now() WHERE ref = ?", sealed.ref());
            assertThat(vault.open(sealed.ref(), sealed.sealedIdentity(), Person.class))
                    .contains(person);

            // ...until the cache's time-to-live has passed.
            now[0] += instance.keyCacheTtl.toNanos() + 1;
            assertThat(vault.open(sealed.ref(), sealed.sealedIdentity(), Person.class))
                    .isEmpty();
        } finally {
            instance.nanoTime = System::nanoTime;
        }
    }

    @Test
    void data_keys_are_wrapped_under_a_versioned_key_derived_from_the_master_not_the_master_itself() throws Exception {
        PatientVault.SealedPatient sealed = vault.seal(uniqueNhsNumber(), new Person(null, "Wrapped", null));
        byte[] wrapped;
        int version;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT wrapped_key, key_version FROM patient_subject WHERE ref = ?")) {
            query.setString(1, sealed.ref());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                wrapped = row.getBytes(1);
                version = row.getInt(2);
            }
        }

        assertThat(version).isEqualTo(PatientVault.WRAPPING_KEY_VERSION);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                javax.crypto.Cipher.DECRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(
                        java.util.Base64.getDecoder().decode(MASTER_KEY), "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, wrapped, 0, 12));
        assertThatThrownBy(() -> cipher.doFinal(wrapped, 12, wrapped.length - 12))
                .as("the master key itself does not unwrap data keys")
                .isInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void a_reference_shown_outside_the_owner_differs_per_record_so_a_patient_cannot_be_followed_across_records() {
        String ref = vault.seal(uniqueNhsNumber(), new Person(null, "Followed", null))
                .ref();

        String inFirst = vault.outsideReference("incident-1", ref);
        assertThat(vault.outsideReference("incident-1", ref)).isEqualTo(inFirst);
        assertThat(vault.outsideReference("incident-2", ref)).isNotEqualTo(inFirst);
        assertThat(inFirst).matches("px-[0-9a-f]{24}").isNotEqualTo(ref);
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    @Test
    void a_subject_without_a_natural_identifier_keeps_their_reference_within_a_record_by_their_place_in_it() {
        String record = UUID.randomUUID().toString();
        Person unnamed = new Person(null, "No Number", null);

        PatientVault.SealedPatient first = vault.sealInRecord(record, 0, unnamed);

        assertThat(vault.sealInRecord(record, 0, unnamed).ref()).isEqualTo(first.ref());
        assertThat(vault.sealInRecord(record, 1, unnamed).ref()).isNotEqualTo(first.ref());
        assertThat(vault.sealInRecord(UUID.randomUUID().toString(), 0, unnamed).ref())
                .isNotEqualTo(first.ref());
        // Erased, they come back as someone new rather than under the destroyed key.
        vault.erase(first.ref());
        PatientVault.SealedPatient again = vault.sealInRecord(record, 0, unnamed);
        assertThat(again.ref()).isNotEqualTo(first.ref());
        assertThat(vault.open(again.ref(), again.sealedIdentity(), Person.class))
                .contains(unnamed);
    }

    @Test
    void erasing_an_unknown_subject_says_so() {
        assertThat(vault.erase("pt-000000000000000000000000")).isFalse();
    }

    private byte[] wrappedKeyOf(String ref) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT wrapped_key FROM patient_subject WHERE ref = ?")) {
            query.setString(1, ref);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    /** The vault treats the natural identifier as opaque text; a fresh one per test keeps tests apart. */
    private static String uniqueNhsNumber() {
        return UUID.randomUUID().toString();
    }
}
