package org.concerto.consultation;

import java.time.Instant;

/** A response in the secretariat's list. */
public class ResponseRow {

    private final Long id;
    private final String name;
    private final String organisationName;
    private final RespondentType respondentType;
    private final Publication publication;
    private final ResponseState state;
    private final Instant submittedAt;
    private final int submissions;

    public ResponseRow(
            Long id,
            String name,
            String organisationName,
            RespondentType respondentType,
            Publication publication,
            ResponseState state,
            Instant submittedAt,
            int submissions) {
        this.id = id;
        this.name = name;
        this.organisationName = organisationName;
        this.respondentType = respondentType;
        this.publication = publication;
        this.state = state;
        this.submittedAt = submittedAt;
        this.submissions = submissions;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    public Publication getPublication() {
        return publication;
    }

    public ResponseState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getSubmissions() {
        return submissions;
    }
}
