package uk.nhs.patientsafety.testing;

/** platform/testing itself imports no service and holds no aggregate (its fixtures are test code). */
class TestingArchitectureTest extends PlatformArchitectureTest {}
