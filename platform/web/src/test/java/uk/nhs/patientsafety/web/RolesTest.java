package uk.nhs.patientsafety.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Roles} and {@link OrgTypes} say what the realm the platform deploys says, no more and no less. */
class RolesTest {

    private static final Path REALM = Path.of("../../deploy/keycloak/patient-safety-realm.json");

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        assertThat(REALM).as("the realm file, relative to platform/web").isRegularFile();
        realm = new ObjectMapper().readTree(Files.readString(REALM));
    }

    @Test
    void everyRealmRoleIsAConstantAndEveryConstantARealmRole() {
        Set<String> inRealm = new TreeSet<>();
        realm.path("roles")
                .path("realm")
                .forEach(role -> inRealm.add(role.path("name").asText()));

        assertThat(inRealm).isNotEmpty();
        assertThat(new TreeSet<>(Roles.ALL)).isEqualTo(inRealm);
        assertThat(constants(Roles.class)).isEqualTo(inRealm);
    }

    @Test
    void theRealmsUsersHoldOnlyRealmRolesAndOrgTypes() {
        Set<String> heldRoles = new TreeSet<>();
        Set<String> orgTypes = new TreeSet<>();
        realm.path("users").forEach(user -> {
            user.path("realmRoles").forEach(role -> heldRoles.add(role.asText()));
            user.path("attributes").path("org_type").forEach(type -> orgTypes.add(type.asText()));
        });

        assertThat(heldRoles).isNotEmpty();
        assertThat(Roles.ALL).containsAll(heldRoles);
        assertThat(orgTypes).isNotEmpty();
        assertThat(OrgTypes.ALL).containsAll(orgTypes);
    }

    @Test
    void theUserProfileAllowsExactlyTheOrgTypeConstants() throws IOException {
        JsonNode profile = new ObjectMapper()
                .readTree(realm.path("components")
                        .path("org.keycloak.userprofile.UserProfileProvider")
                        .path(0)
                        .path("config")
                        .path("kc.user.profile.config")
                        .path(0)
                        .asText());
        Set<String> options = new TreeSet<>();
        profile.path("attributes").forEach(attribute -> {
            if (attribute.path("name").asText().equals("org_type")) {
                attribute
                        .path("validations")
                        .path("options")
                        .path("options")
                        .forEach(option -> options.add(option.asText()));
            }
        });

        assertThat(options).isNotEmpty();
        assertThat(new TreeSet<>(OrgTypes.ALL)).isEqualTo(options);
        assertThat(constants(OrgTypes.class)).isEqualTo(options);
    }

    /** The values of a class's public static final String fields: a constant left out of {@code ALL} shows here. */
    private static Set<String> constants(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                .filter(field -> field.getType() == String.class)
                .map(RolesTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
