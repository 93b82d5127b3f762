package uk.nhs.patientsafety.candour;

import uk.nhs.patientsafety.testing.ServiceArchitectureTest;

class CandourServiceArchitectureTest extends ServiceArchitectureTest {}
