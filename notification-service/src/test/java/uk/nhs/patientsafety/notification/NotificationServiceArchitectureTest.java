package uk.nhs.patientsafety.notification;

import uk.nhs.patientsafety.testing.ServiceArchitectureTest;

class NotificationServiceArchitectureTest extends ServiceArchitectureTest {}
