package uk.nhs.patientsafety.gateway.streams;

/**
 * A published event as the live streams carry it. {@code id} ({@code topic/partition/offset}) is what a client
 * sends back as {@code Last-Event-ID}; {@code providerOds} and {@code region} decide who may see it.
 */
record StreamEvent(String id, String topic, String type, String providerOds, String region, String data) {

    String toSse() {
        return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }
}
