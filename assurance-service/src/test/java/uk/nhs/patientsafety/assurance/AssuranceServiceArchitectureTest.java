package uk.nhs.patientsafety.assurance;

import uk.nhs.patientsafety.testing.ServiceArchitectureTest;

class AssuranceServiceArchitectureTest extends ServiceArchitectureTest {}
