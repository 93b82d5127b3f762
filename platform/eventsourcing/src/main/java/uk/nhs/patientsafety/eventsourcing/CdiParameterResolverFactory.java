package uk.nhs.patientsafety.eventsourcing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets handler methods of aggregates (which are not CDI beans) take CDI beans as extra parameters, e.g. a working-day
 * calendar or reference data, instead of reaching for static state.
 */
final class CdiParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int index) {
        Class<?> type = parameters[index].getType();
        // Parameter 0 is the message payload; JDK and Axon types are Axon's own business.
        if (index == 0
                || type.isPrimitive()
                || type.getName().startsWith("java.")
                || type.getName().startsWith("org.axonframework.")) {
            return null;
        }
        InjectableInstance<?> bean = Arc.container().select(type);
        return bean.isResolvable() ? new BeanResolver(bean) : null;
    }

    private record BeanResolver(InjectableInstance<?> bean) implements ParameterResolver<Object> {
        @Override
        public Object resolveParameterValue(Message<?> message) {
            return bean.get();
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}
