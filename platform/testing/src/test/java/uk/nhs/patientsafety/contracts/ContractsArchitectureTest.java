package uk.nhs.patientsafety.contracts;

import uk.nhs.patientsafety.testing.PlatformArchitectureTest;

/**
 * The platform rules for platform/contracts, run here because platform/testing depends on contracts (contracts
 * cannot use platform/testing without a cycle); the rules import the contracts classes from the classpath.
 */
class ContractsArchitectureTest extends PlatformArchitectureTest {}
