package uk.nhs.patientsafety.testing.fixtureplatform.bad;

import org.axonframework.modelling.command.AggregateIdentifier;

/** Breaks: an aggregate in platform/. */
public class SharedAggregate {

    @AggregateIdentifier
    private String id;
}
