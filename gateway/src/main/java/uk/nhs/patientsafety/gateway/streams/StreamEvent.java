package uk.nhs.patientsafety.gateway.streams;

/**
 * A published event as the live streams carry it. {@code id} is its CloudEvents id ({@code ce_id}, the same for every
 * redelivery of the record; {@code topic/partition/offset} for a record without one): what a client sends back as
 * {@code Last-Event-ID}, and how it can tell an event it already has. {@code providerOds}, {@code region} and
 * {@code parties} (the organisations that raised it or to which it was raised) decide who may see it.
 */
record StreamEvent(
        String id,
        String topic,
        String type,
        String providerOds,
        String region,
        java.util.Set<String> parties,
        String data) {

    String toSse() {
        return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }
}
