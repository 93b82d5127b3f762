package uk.nhs.patientsafety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.ServiceBaselineTest;
import uk.nhs.patientsafety.testing.TestTokenResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class GatewayBaselineTest extends ServiceBaselineTest {}
