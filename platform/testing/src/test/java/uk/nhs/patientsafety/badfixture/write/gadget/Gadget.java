package uk.nhs.patientsafety.badfixture.write.gadget;

import jakarta.ws.rs.core.Response;
import org.axonframework.modelling.command.AggregateIdentifier;

/** Breaks: the aggregate touches REST. */
public class Gadget {

    @AggregateIdentifier
    private String gadgetId;

    public Response asResponse() {
        return Response.ok(gadgetId).build();
    }
}
