package uk.nhs.patientsafety.testing.fixtureplatform.bad;

import org.axonframework.commandhandling.CommandHandler;

/** Breaks: a command handler in platform/. */
public class SharedCommandHandler {

    @CommandHandler
    public void handle(String command) {}
}
