package uk.nhs.patientsafety.eventsourcing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;

/**
 * Cancels a deadline by deleting its db-scheduler row in the caller's own transaction, unless the deadline is firing
 * at that very moment. The db-scheduler manager instead cancels when the unit of work commits and fails the whole
 * command if the deadline is executing — a race any deadline due "now" loses. A deadline that fires anyway must be
 * recognised as stale by its handler (the platform's handlers check what they fire for).
 */
final class UnpickedCancellation implements DeadlineManager, Lifecycle {

    /** The task name under which {@code DbSchedulerDeadlineManager} stores deadlines. */
    static final String TASK_NAME = "AxonDeadline";

    private final DeadlineManager delegate;
    private final AgroalDataSource dataSource;

    UnpickedCancellation(DeadlineManager delegate, AgroalDataSource dataSource) {
        this.delegate = delegate;
        this.dataSource = dataSource;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object payload, ScopeDescriptor scope) {
        return delegate.schedule(triggerDateTime, deadlineName, payload, scope);
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND picked = false")) {
            delete.setString(1, TASK_NAME);
            delete.setString(2, scheduleId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Deadline " + deadlineName + " could not be cancelled", e);
        }
    }

    @Override
    public void cancelAll(String deadlineName) {
        delegate.cancelAll(deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        delegate.cancelAllWithinScope(deadlineName, scope);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    /** The scheduler starts and stops with Axon, as it would unwrapped. */
    @Override
    public void registerLifecycleHandlers(LifecycleRegistry lifecycle) {
        if (delegate instanceof Lifecycle managed) {
            managed.registerLifecycleHandlers(lifecycle);
        }
    }
}
