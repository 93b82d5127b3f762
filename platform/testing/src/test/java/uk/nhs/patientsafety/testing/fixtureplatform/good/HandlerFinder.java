package uk.nhs.patientsafety.testing.fixtureplatform.good;

import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandHandler;
import uk.nhs.patientsafety.contracts.ContractEvent;

/** Fixture: platform wiring may refer to CommandHandler.class to find handler beans. */
public final class HandlerFinder {

    private HandlerFinder() {}

    public static boolean handlesCommands(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(CommandHandler.class)) {
                return true;
            }
        }
        return false;
    }

    public static String contractTopic(ContractEvent event) {
        return event.topic();
    }
}
