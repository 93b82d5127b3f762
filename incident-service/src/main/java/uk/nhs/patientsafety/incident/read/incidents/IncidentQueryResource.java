package uk.nhs.patientsafety.incident.read.incidents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * Reading incidents: one, a filtered page, and one's history. Each caller sees only what their relationship to the
 * provider allows, in the view it allows, and every read of another organisation's incident is audited.
 */
@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentQueryResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "reportedAt", "reported_at",
            "occurredOn", "occurred_on",
            "updatedAt", "updated_at",
            "status", "status",
            "nextDueAt", "next_due_at");
    private static final Set<String> STATUSES = Set.of(
            "reported",
            "si_declared",
            "si_logged",
            "initial_review_submitted",
            "downgrade_requested",
            "downgraded",
            "under_investigation",
            "clock_stopped",
            "awaiting_assurance",
            "response_chosen",
            "awaiting_external",
            "learning_response_in_progress",
            "findings_agreed",
            "safety_actions_agreed",
            "closed");

    /** One page of incidents. */
    public record Page(List<IncidentDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    IncidentReadModel readModel;

    @Inject
    IncidentAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    IncidentHistory history;

    @GET
    @Path("/{id}")
    @Operation(summary = "One incident, in the view the caller's relationship allows")
    public IncidentDetails get(@PathParam("id") String id) {
        Caller caller = callers.get();
        IncidentReadModel.Row row = readModel.find(id).orElseThrow(IncidentQueryResource::notFound);
        IncidentAccess.View view = access.view(caller, row.subject()).orElseThrow(IncidentQueryResource::notFound);
        audit.record(
                caller, "read", List.of(new AccessAudit.Read(id, row.subject().providerOds(), view.code())));
        return readModel.render(row, view);
    }

    @GET
    @Operation(
            summary = "Incidents the caller may see, filtered, sorted and paged",
            description = "Filters: providerOds, status, framework, kind, overdue (true|false), occurredFrom/occurredTo"
                    + " (dates), reportedFrom/reportedTo (instants). sort: reportedAt (default, newest first with"
                    + " -reportedAt), occurredOn, updatedAt, status, nextDueAt; prefix - for descending. page from 0,"
                    + " size 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("status") String status,
            @QueryParam("framework") String framework,
            @QueryParam("kind") String kind,
            @QueryParam("overdue") String overdue,
            @QueryParam("occurredFrom") String occurredFrom,
            @QueryParam("occurredTo") String occurredTo,
            @QueryParam("reportedFrom") String reportedFrom,
            @QueryParam("reportedTo") String reportedTo,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        Query query = new Query();
        query.equal("providerOds", "provider_ods", providerOds, v -> v.matches("[A-Z0-9]{3,6}"), "an ODS code");
        query.equal(
                "status",
                "status",
                status,
                STATUSES::contains,
                "one of " + STATUSES.stream().sorted().toList());
        query.equal(
                "framework", "framework", framework, Set.of("SIF2015", "PSIRF2022")::contains, "SIF2015 or PSIRF2022");
        query.equal(
                "kind",
                "kind",
                kind,
                Set.of("incident", "outcome", "risk", "good_care")::contains,
                "incident, outcome, risk or good_care");
        query.overdue(overdue);
        query.range("occurredFrom", "occurred_on >= ?", occurredFrom, LocalDate::parse, "a date such as 2026-11-20");
        query.range("occurredTo", "occurred_on <= ?", occurredTo, LocalDate::parse, "a date such as 2026-11-20");
        query.range(
                "reportedFrom",
                "reported_at >= ?",
                reportedFrom,
                Instant::parse,
                "an instant such as 2026-11-20T09:00:00Z");
        query.range(
                "reportedTo", "reported_at < ?", reportedTo, Instant::parse, "an instant such as 2026-11-20T09:00:00Z");
        String order = query.order(sort);
        int pageNumber = query.integer("page", page, 0, 0, 100_000);
        int pageSize = query.integer("size", size, 20, 1, 100);
        query.throwIfInvalid();

        IncidentAccess.Scope scope = access.scope(caller);
        if (!scope.all()) {
            if (scope.involvedOrg() != null) {
                query.where.add("(provider_ods = ANY(?) OR ? = ANY(involved_ods))");
                query.parameters.add(scope.providers());
                query.parameters.add(scope.involvedOrg());
            } else {
                query.where.add("provider_ods = ANY(?)");
                query.parameters.add(scope.providers());
            }
        }
        String where = query.where.isEmpty() ? "" : " WHERE " + String.join(" AND ", query.where);
        long total = readModel.count("SELECT count(*) FROM incident_view" + where, query.parameters);
        List<Object> paged = new ArrayList<>(query.parameters);
        paged.add(pageSize);
        paged.add((long) pageNumber * pageSize);
        List<IncidentReadModel.Row> rows = readModel.query(
                "SELECT * FROM incident_view" + where + " ORDER BY " + order + ", incident_id LIMIT ? OFFSET ?", paged);

        List<IncidentDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (IncidentReadModel.Row row : rows) {
            // The scope admits by provider; the view decides what of each row is shown.
            access.view(caller, row.subject()).ifPresent(view -> {
                items.add(readModel.render(row, view));
                reads.add(new AccessAudit.Read(row.incidentId(), row.subject().providerOds(), view.code()));
            });
        }
        audit.record(caller, "list", reads);
        return new Page(items, pageNumber, pageSize, total, (total + pageSize - 1) / pageSize);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The incident's audit trail from its event stream: who did what, when")
    public List<IncidentHistory.Entry> history(@PathParam("id") String id) {
        Caller caller = callers.get();
        IncidentReadModel.Row row = readModel.find(id).orElseThrow(IncidentQueryResource::notFound);
        IncidentAccess.View view = access.view(caller, row.subject()).orElseThrow(IncidentQueryResource::notFound);
        audit.record(
                caller,
                "history",
                List.of(new AccessAudit.Read(id, row.subject().providerOds(), view.code())));
        return history.of(id, view);
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such incident."));
    }

    /** The list query being built, and every invalid parameter found on the way. */
    private static final class Query {
        final List<String> where = new ArrayList<>();
        final List<Object> parameters = new ArrayList<>();
        final List<Problem.FieldError> errors = new ArrayList<>();

        void equal(
                String name, String column, String value, java.util.function.Predicate<String> valid, String expected) {
            if (value == null) {
                return;
            }
            if (!valid.test(value)) {
                errors.add(new Problem.FieldError(name, "must be " + expected));
                return;
            }
            where.add(column + " = ?");
            parameters.add(value);
        }

        void overdue(String value) {
            if (value == null) {
                return;
            }
            switch (value) {
                case "true" -> where.add("next_due_at < now()");
                case "false" -> where.add("(next_due_at IS NULL OR next_due_at >= now())");
                default -> errors.add(new Problem.FieldError("overdue", "must be true or false"));
            }
        }

        <T> void range(
                String name,
                String condition,
                String value,
                java.util.function.Function<String, T> parse,
                String expected) {
            if (value == null) {
                return;
            }
            try {
                parameters.add(parse.apply(value));
                where.add(condition);
            } catch (RuntimeException e) {
                errors.add(new Problem.FieldError(name, "must be " + expected));
            }
        }

        String order(String sort) {
            String given = sort == null ? "-reportedAt" : sort;
            boolean descending = given.startsWith("-");
            String column = SORTABLE.get(descending ? given.substring(1) : given);
            if (column == null) {
                errors.add(new Problem.FieldError(
                        "sort",
                        "must be one of " + SORTABLE.keySet().stream().sorted().toList() + ", optionally with -"));
                return "reported_at DESC";
            }
            return column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST");
        }

        int integer(String name, String value, int fallback, int min, int max) {
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
            return fallback;
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw new ProblemException(
                        Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters.")
                                .withErrors(errors));
            }
        }
    }
}
