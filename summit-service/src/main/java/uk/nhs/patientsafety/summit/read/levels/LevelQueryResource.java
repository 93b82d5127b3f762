package uk.nhs.patientsafety.summit.read.levels;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.access.LevelAccess;
import uk.nhs.patientsafety.summit.reference.EscalationLevels;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code GET /escalations/levels}: the escalation level of every provider the caller may see (its own, those it
 * commissions, those in its region); a provider nobody has moved is at the lowest level. Reads of another
 * organisation's level are audited.
 */
@Path("/escalations/levels")
@Produces(MediaType.APPLICATION_JSON)
public class LevelQueryResource {

    @Inject
    LevelReadModel readModel;

    @Inject
    LevelAccess access;

    @Inject
    EscalationLevels levels;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Escalation levels of the providers the caller may see", description = "Filter: level.")
    public List<ProviderLevel> list(@QueryParam("level") String level) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        errors.oneOf("level", level, levels.on(England.dateOf(clock.instant())));
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        List<ProviderLevel> shown = new ArrayList<>();
        for (ProviderLevel provider : levelsOf(access.visibleProviders(caller))) {
            if (level == null || level.equals(provider.level())) {
                shown.add(provider);
            }
        }
        audit.record(
                caller,
                "list",
                shown.stream()
                        .map(p -> new AccessAudit.Read("level:" + p.providerOds(), p.providerOds(), "full"))
                        .toList());
        return shown;
    }

    @GET
    @Path("/{providerOds}")
    @Operation(summary = "One provider's escalation level")
    public ProviderLevel get(@PathParam("providerOds") String providerOds) {
        Caller caller = callers.get();
        if (!access.visibleProviders(caller).contains(providerOds)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such provider."));
        }
        audit.record(caller, "read", List.of(new AccessAudit.Read("level:" + providerOds, providerOds, "full")));
        return levelsOf(Set.of(providerOds)).get(0);
    }

    private List<ProviderLevel> levelsOf(Set<String> providers) {
        Map<String, ProviderLevel> decided = readModel.of(providers);
        String lowest = levels.lowest(England.dateOf(clock.instant()));
        return providers.stream()
                .sorted()
                .map(ods -> decided.getOrDefault(
                        ods, new ProviderLevel(ods, lowest, null, null, null, null, null, false, null)))
                .toList();
    }
}
