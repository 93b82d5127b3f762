package uk.nhs.patientsafety.reference;

import uk.nhs.patientsafety.testing.PlatformArchitectureTest;

class ReferenceArchitectureTest extends PlatformArchitectureTest {}
