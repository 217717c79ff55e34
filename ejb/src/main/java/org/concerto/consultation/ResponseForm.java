package org.concerto.consultation;

import java.util.HashMap;
import java.util.Map;

/**
 * What a respondent types: who they are, their declared interests, what may be published, and their answers by
 * question id (a text, one choice, or several). The page binds to the maps; the service checks every id and value.
 */
public class ResponseForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @jakarta.validation.constraints.Size(max = Response.NAME_LENGTH) private String name;

    private boolean onBehalfOfOrganisation;

    @jakarta.validation.constraints.Size(max = Response.ORGANISATION_LENGTH) private String organisationName;

    private RespondentType respondentType;

    @jakarta.validation.constraints.Size(max = Response.TRANSPARENCY_LENGTH) private String transparencyNumber;

    private boolean noInterests;

    @jakarta.validation.constraints.Size(max = Response.DISCLOSURE_LENGTH) private String disclosure;

    private Publication publication;
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> choices = new HashMap<>();
    private final Map<Long, Object> multipleChoices = new HashMap<>();
    /** The version of the response the page showed, for optimistic locking; null for a new one. */
    private Long versionShown;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isOnBehalfOfOrganisation() {
        return onBehalfOfOrganisation;
    }

    public void setOnBehalfOfOrganisation(boolean onBehalfOfOrganisation) {
        this.onBehalfOfOrganisation = onBehalfOfOrganisation;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    public void setRespondentType(RespondentType respondentType) {
        this.respondentType = respondentType;
    }

    public String getTransparencyNumber() {
        return transparencyNumber;
    }

    public void setTransparencyNumber(String transparencyNumber) {
        this.transparencyNumber = transparencyNumber;
    }

    public boolean isNoInterests() {
        return noInterests;
    }

    public void setNoInterests(boolean noInterests) {
        this.noInterests = noInterests;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(String disclosure) {
        this.disclosure = disclosure;
    }

    public Publication getPublication() {
        return publication;
    }

    public void setPublication(Publication publication) {
        this.publication = publication;
    }

    /** Free-text answers by question id. */
    public Map<Long, String> getTexts() {
        return texts;
    }

    /** Single-choice and agreement answers by question id: the position of the option, as the page sends it. */
    public Map<Long, String> getChoices() {
        return choices;
    }

    /**
     * Multiple-choice answers by question id: the positions of the options, as an array or a collection of strings
     * (what a page's check boxes give a value of unknown type).
     */
    public Map<Long, Object> getMultipleChoices() {
        return multipleChoices;
    }

    public Long getVersionShown() {
        return versionShown;
    }

    public void setVersionShown(Long versionShown) {
        this.versionShown = versionShown;
    }
}
