package uk.nhs.patientsafety.candour;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.ServiceBaselineTest;
import uk.nhs.patientsafety.testing.TestTokenResource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class CandourServiceBaselineTest extends ServiceBaselineTest {}
