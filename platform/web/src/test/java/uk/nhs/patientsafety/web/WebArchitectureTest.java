package uk.nhs.patientsafety.web;

import uk.nhs.patientsafety.testing.PlatformArchitectureTest;

class WebArchitectureTest extends PlatformArchitectureTest {}
