package uk.nhs.patientsafety.gateway;

import uk.nhs.patientsafety.testing.ServiceIndependenceTest;

/** The gateway is not event-sourced: it follows only the rule every service follows, depending on no other service. */
class GatewayArchitectureTest extends ServiceIndependenceTest {}
