package uk.nhs.patientsafety.badfixture.write.gadget;

import java.sql.Connection;

/** Breaks: a class in the aggregate's package touches JDBC. */
public class GadgetStore {

    public void save(Connection connection) {}
}
