package uk.nhs.patientsafety.contracts;

/** A record that does not follow the platform's CloudEvents conventions; consumers dead-letter it. */
public class InvalidCloudEventException extends RuntimeException {

    public InvalidCloudEventException(String message) {
        super(message);
    }
}
