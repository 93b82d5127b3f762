package uk.nhs.patientsafety.web;

/** Thrown by application code to answer with a given problem; mapped as is. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
