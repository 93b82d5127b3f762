package uk.nhs.patientsafety.eventsourcing;

import uk.nhs.patientsafety.testing.PlatformArchitectureTest;

class EventSourcingArchitectureTest extends PlatformArchitectureTest {}
