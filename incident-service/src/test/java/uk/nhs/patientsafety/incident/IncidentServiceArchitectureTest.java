package uk.nhs.patientsafety.incident;

import uk.nhs.patientsafety.testing.ServiceArchitectureTest;

class IncidentServiceArchitectureTest extends ServiceArchitectureTest {}
