package uk.nhs.patientsafety.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine with payload and metadata kept as PostgreSQL JSONB, so events can be queried with
 * SQL. Events are serialised to JSON strings; the inserts cast them with {@code ?::jsonb} and reads take them back
 * as strings.
 */
final class JsonbEventStorageEngine extends JdbcEventStorageEngine {

    JsonbEventStorageEngine(Builder builder) {
        super(builder.dataType(String.class)
                .appendEvents(JsonbEventStorageEngine::appendEvents)
                .appendSnapshot(JsonbEventStorageEngine::appendSnapshot));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> T readPayload(ResultSet resultSet, String columnName) throws SQLException {
        return (T) resultSet.getString(columnName);
    }

    private static PreparedStatement appendEvents(
            Connection connection,
            EventSchema schema,
            Class<?> dataType,
            List<? extends EventMessage<?>> events,
            Serializer serializer,
            TimestampWriter timestampWriter)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(insertInto(schema.domainEventTable(), schema));
        for (EventMessage<?> message : events) {
            bind(statement, asDomainEvent(message), serializer, timestampWriter);
            statement.addBatch();
        }
        return statement;
    }

    private static PreparedStatement appendSnapshot(
            Connection connection,
            EventSchema schema,
            Class<?> dataType,
            DomainEventMessage<?> snapshot,
            Serializer serializer,
            TimestampWriter timestampWriter)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(insertInto(schema.snapshotTable(), schema));
        bind(statement, snapshot, serializer, timestampWriter);
        return statement;
    }

    private static String insertInto(String table, EventSchema schema) {
        return "INSERT INTO " + table + " (" + schema.domainEventFields()
                + ") VALUES (?,?,?,?,?,?,?,?::jsonb,?::jsonb)";
    }

    private static void bind(
            PreparedStatement statement,
            DomainEventMessage<?> event,
            Serializer serializer,
            TimestampWriter timestampWriter)
            throws SQLException {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        statement.setString(1, event.getIdentifier());
        statement.setString(2, event.getAggregateIdentifier());
        statement.setLong(3, event.getSequenceNumber());
        statement.setString(4, event.getType());
        timestampWriter.writeTimestamp(statement, 5, event.getTimestamp());
        statement.setString(6, payload.getType().getName());
        statement.setString(7, payload.getType().getRevision());
        statement.setString(8, payload.getData());
        statement.setString(9, metaData.getData());
    }

    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        // An event that belongs to no aggregate is stored as its own one-event stream.
        return new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message::getTimestamp);
    }
}
