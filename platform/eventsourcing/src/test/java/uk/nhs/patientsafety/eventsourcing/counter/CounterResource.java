package uk.nhs.patientsafety.eventsourcing.counter;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;

/** REST over the counter, to see Axon's refusals as problems. */
@Path("/counters/{id}")
public class CounterResource {

    @Inject
    CommandGateway commands;

    @POST
    @Path("/increments")
    public int increment(@PathParam("id") String id) {
        return commands.sendAndWait(new CounterEvents.Increment(id));
    }

    /** What a lost race looks like to a resource: Axon's exception, as the command gateway throws it. */
    @POST
    @Path("/conflicts")
    public void conflict(@PathParam("id") String id) {
        throw new ConcurrencyException("An event for aggregate [" + id + "] at sequence [1] was already inserted");
    }
}
