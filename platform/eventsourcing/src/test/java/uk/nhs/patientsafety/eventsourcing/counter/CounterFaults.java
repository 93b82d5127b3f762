package uk.nhs.patientsafety.eventsourcing.counter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Failures tests make the inbound handler throw, per counter: transient ones a few times, or a refusal. */
@ApplicationScoped
public class CounterFaults {

    /** A domain rule of the test consumer: poison, whatever its message. */
    public static class CounterRefused extends RuntimeException {
        public CounterRefused(String counterId) {
            super("Counter " + counterId + " refuses increments");
        }
    }

    private record Transient(AtomicInteger remaining, Supplier<? extends Exception> failure) {}

    private final Map<String, Transient> transients = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The next {@code times} attempts for {@code counterId} throw {@code failure}. */
    public void failTransiently(String counterId, int times, Supplier<? extends Exception> failure) {
        transients.put(counterId, new Transient(new AtomicInteger(times), failure));
    }

    public void refuse(String counterId) {
        refused.add(counterId);
    }

    public void accept(String counterId) {
        refused.remove(counterId);
    }

    /** How often the handler was called for {@code counterId}, failed attempts included. */
    public int attempts(String counterId) {
        AtomicInteger count = attempts.get(counterId);
        return count == null ? 0 : count.get();
    }

    void check(String counterId) throws Exception {
        attempts.computeIfAbsent(counterId, id -> new AtomicInteger()).incrementAndGet();
        if (refused.contains(counterId)) {
            throw new CounterRefused(counterId);
        }
        Transient fault = transients.get(counterId);
        if (fault != null && fault.remaining().getAndDecrement() > 0) {
            throw fault.failure().get();
        }
    }
}
