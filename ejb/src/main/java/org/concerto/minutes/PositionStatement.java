package org.concerto.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What one organisation said on an agenda item, as the minutes record it. */
@Embeddable
public class PositionStatement implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int STATEMENT_LENGTH = 4000;

    @Size(max = ORGANISATION_LENGTH) @Column(nullable = false, length = ORGANISATION_LENGTH)
    private String organisation;

    @Size(max = STATEMENT_LENGTH) @Column(nullable = false, length = STATEMENT_LENGTH)
    private String statement;

    public PositionStatement() {
        // for JPA and forms
    }

    public PositionStatement(String organisation, String statement) {
        this.organisation = organisation;
        this.statement = statement;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
