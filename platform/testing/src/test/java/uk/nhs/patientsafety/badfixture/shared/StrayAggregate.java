package uk.nhs.patientsafety.badfixture.shared;

import org.axonframework.modelling.command.AggregateIdentifier;

/** Breaks: an aggregate outside write/<aggregate>. */
public class StrayAggregate {

    @AggregateIdentifier
    private String id;
}
