package uk.nhs.patientsafety.summit;

import uk.nhs.patientsafety.testing.ServiceArchitectureTest;

class SummitServiceArchitectureTest extends ServiceArchitectureTest {}
