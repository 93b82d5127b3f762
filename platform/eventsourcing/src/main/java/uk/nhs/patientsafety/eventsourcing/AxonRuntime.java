package uk.nhs.patientsafety.eventsourcing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableBean;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationParameterResolverFactory;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboxDeadLetters;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboxPublisher;

/**
 * Builds and runs Axon for a service, once, from what the service declares: its {@link AggregateTypes}, its beans
 * with event, query or command handlers, and its {@link EventUpcaster} beans. Services inject the gateways this
 * produces and never wire Axon themselves.
 *
 * <p>Every part shares one PostgreSQL database and one JTA transaction: appending events, scheduling deadlines,
 * updating projections and advancing tokens commit or roll back together.
 */
@ApplicationScoped
public class AxonRuntime {

    private static final Logger LOG = Logger.getLogger(AxonRuntime.class);
    private static final String DUPLICATE_KEY = "23505";

    /**
     * Command metadata copied onto every event the command causes, so that the event stream is an audit trail of who
     * did what ({@code actor}, {@code actorOrg}) and for which request ({@code requestId}).
     */
    public static final List<String> AUDIT_METADATA =
            List.of(AxonRuntime.ACTOR, AxonRuntime.ACTOR_ORG, AxonRuntime.REQUEST_ID);

    /** Audit metadata keys: who acted (a token subject or a system such as {@code platform:clock}). */
    public static final String ACTOR = "actor";
    /** The actor's organisation (ODS code). */
    public static final String ACTOR_ORG = "actorOrg";
    /** The request (or consumed event) the command served. */
    public static final String REQUEST_ID = "requestId";

    /** Table and column names of {@code db/eventsourcing/V0_1__event_store.sql}. */
    private static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    private static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    TransactionSynchronizationRegistry transactionRegistry;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EventSourcingConfig config;

    @Inject
    Instance<AggregateTypes> aggregateTypes;

    @Inject
    Instance<EventUpcaster> upcasters;

    @Inject
    OutboxPublisher outboxPublisher;

    private Configuration configuration;

    /** Starts Axon after Flyway has migrated the schema, before the HTTP server takes requests. */
    void start(@Observes @Priority(100) StartupEvent event) {
        configuration();
    }

    void stop(@Observes ShutdownEvent event) {
        Configuration running;
        synchronized (this) {
            running = configuration;
            configuration = null;
        }
        if (running != null) {
            running.shutdown();
        }
    }

    public synchronized Configuration configuration() {
        if (configuration == null) {
            Configuration built = configurer().buildConfiguration();
            built.start();
            configuration = built;
            LOG.infof(
                    "Axon started with processors %s",
                    built.eventProcessingConfiguration().eventProcessors().keySet());
        }
        return configuration;
    }

    public synchronized boolean isRunning() {
        return configuration != null;
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    @Singleton
    QueryGateway queryGateway() {
        return configuration().queryGateway();
    }

    @Produces
    @Singleton
    EventGateway eventGateway() {
        return configuration().eventGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return configuration().eventStore();
    }

    @Produces
    @Singleton
    DeadlineManager deadlineManager() {
        return configuration().deadlineManager();
    }

    private Configurer configurer() {
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(objectMapper.copy())
                .lenientDeserialization()
                .build();
        JtaTransactionManager transactions = new JtaTransactionManager(jta);
        ConnectionProvider connections = dataSource::getConnection;

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                .configureCorrelationDataProviders(c -> List.of(
                        new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(AUDIT_METADATA.toArray(String[]::new))))
                .registerComponent(
                        ParameterResolverFactory.class,
                        c -> MultiParameterResolverFactory.ordered(
                                ClasspathParameterResolverFactory.forClass(getClass()),
                                new ConfigurationParameterResolverFactory(c),
                                new CdiParameterResolverFactory()))
                .configureCommandBus(c -> {
                    SimpleCommandBus bus = SimpleCommandBus.builder()
                            .transactionManager(transactions)
                            .spanFactory(c.spanFactory())
                            .build();
                    // A command bus of our own misses the default's interceptor that copies audit metadata onto events.
                    bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(c.correlationDataProviders()));
                    return bus;
                })
                .configureEventStore(c -> new WakingEventStore(
                        EmbeddedEventStore.builder()
                                .storageEngine(new JsonbEventStorageEngine(JdbcEventStorageEngine.builder()
                                        .connectionProvider(connections)
                                        .transactionManager(transactions)
                                        .eventSerializer(serializer)
                                        .snapshotSerializer(serializer)
                                        .upcasterChain(c.upcasterChain())
                                        .schema(EVENT_SCHEMA)
                                        .persistenceExceptionResolver(new SQLStateResolver(DUPLICATE_KEY))
                                        // A slow transaction's event arrives after later ones: its gap must
                                        // outlive the transaction and the events appended meanwhile (ADR 9).
                                        .gapTimeout(Math.toIntExact(
                                                config.eventStore().gapTimeout().toMillis()))
                                        .maxGapOffset(config.eventStore().maxGapOffset())))
                                .fetchDelay(config.fetchDelay().toMillis())
                                .spanFactory(c.spanFactory()),
                        transactionRegistry))
                .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(TOKEN_SCHEMA)
                        .contentType(byte[].class)
                        .build());

        configureDeadlines(configurer, transactions);
        configureProcessors(configurer, transactions, connections);
        aggregateTypes.forEach(declared -> declared.aggregates().forEach(configurer::configureAggregate));
        upcasters.forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
        registerHandlerBeans(configurer);
        return configurer;
    }

    private void configureDeadlines(Configurer configurer, TransactionManager transactions) {
        DbSchedulerDeadlineManagerSupplier deadlineManager = new DbSchedulerDeadlineManagerSupplier();
        Scheduler scheduler = Scheduler.create(
                        dataSource, DbSchedulerDeadlineManager.humanReadableTask(deadlineManager))
                .serializer(new com.github.kagkarlsson.scheduler.serializer.JacksonSerializer())
                .pollingInterval(config.deadlines().pollingInterval())
                .threads(config.deadlines().threads())
                .build();
        configurer.configureDeadlineManager(c -> {
            DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                    .scheduler(scheduler)
                    .scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
                    .serializer(c.serializer())
                    .transactionManager(transactions)
                    .useBinaryPojo(false)
                    .build();
            deadlineManager.set(manager);
            return new UnpickedCancellation(manager, dataSource);
        });
    }

    private void configureProcessors(
            Configurer configurer, JtaTransactionManager transactions, ConnectionProvider connections) {
        EventSourcingConfig.Processors processors = config.processors();
        configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors((c, builder) -> builder.batchSize(processors.batchSize())
                        .initialSegmentCount(processors.initialSegments())
                        .tokenClaimInterval(processors.tokenClaimInterval().toMillis())
                        .transactionManager(transactions)
                        .workerExecutor(name -> Executors.newScheduledThreadPool(
                                processors.workerThreads(), new AxonThreadFactory("worker-" + name))))
                // Axon's default logs and SKIPS an event whose handler fails: that is data loss. Propagate instead,
                // so the batch rolls back and the processor retries it (BRIEF §2).
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance())
                // A poison event parks in the outbox's dead-letter queue instead of stopping publication (ADR 9).
                .registerDeadLetterQueue(
                        OutboxPublisher.PROCESSING_GROUP,
                        c -> OutboxDeadLetters.queue(connections, transactions, c.serializer()))
                .registerDeadLetterPolicy(OutboxPublisher.PROCESSING_GROUP, c -> OutboxDeadLetters.policy())
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        OutboxPublisher.PROCESSING_GROUP,
                        (c, invoker) -> invoker.transactionManager(transactions.requiresNew()))
                .registerEventHandler(c -> outboxPublisher)
                .assignHandlerInstancesMatching(
                        OutboxPublisher.PROCESSING_GROUP, 1, handler -> handler == outboxPublisher);
    }

    private void registerHandlerBeans(Configurer configurer) {
        List<String> registered = new ArrayList<>();
        // Handler beans are found by their annotations; ArC keeps them although nothing injects them, because
        // platform-eventsourcing sets quarkus.arc.remove-unused-beans=fwk (BRIEF §6.6).
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (!(bean instanceof InjectableBean<?> injectable) || injectable.getKind() != InjectableBean.Kind.CLASS) {
                continue;
            }
            Class<?> type = bean.getBeanClass();
            boolean events = declares(type, EventHandler.class);
            boolean queries = declares(type, QueryHandler.class);
            boolean commands = declares(type, CommandHandler.class);
            if (!(events || queries || commands) || type == OutboxPublisher.class) {
                continue;
            }
            // Axon inspects and invokes the instance itself, not ArC's client proxy subclass.
            Object handler =
                    ClientProxy.unwrap(Arc.container().instance(injectable).get());
            if (events) {
                configurer.eventProcessing().registerEventHandler(c -> handler);
            }
            if (queries) {
                configurer.registerQueryHandler(c -> handler);
            }
            if (commands) {
                configurer.registerCommandHandler(c -> handler);
            }
            registered.add(type.getSimpleName());
        }
        LOG.debugf("Axon handler beans: %s", registered);
    }

    private static boolean declares(Class<?> type, Class<? extends Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                    return true;
                }
            }
        }
        return false;
    }
}
