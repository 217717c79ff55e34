package org.concerto.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of the permission matrix's fixture ({@link Fixtures#matrixWorld()}), by persona: one per column
 * of docs/security.md that has an account.
 */
public class MatrixWorld {

    /** The personas with an account, in the order of the matrix's columns (anonymous has none). */
    public static final List<String> PERSONAS = List.of("secretariat", "chair", "participant", "expert", "observer", "outsider");

    public final Map<String, Long> personIds = new LinkedHashMap<>();
    public final Map<String, String> logins = new LinkedHashMap<>();
    public final Map<String, Long> interestIds = new LinkedHashMap<>();
    /** The description of each persona's own declared interest, unique: what their declarations page shows. */
    public final Map<String, String> interestTexts = new LinkedHashMap<>();
    /** Invitation ids of the meeting, by person id. */
    public final Map<Long, Long> invitationIds = new LinkedHashMap<>();
    public Long organisationId;
    public Long fellowId;
    public Long colleagueId;
    public Long strangerId;
    public Long strangerInterestId;
    public String strangerInterestText;
    public String strangerName;
    public Long meetingId;
    public String meetingTitle;
    public Long confidentialItemId;
    public Long openItemId;
    public String answerToken;
    public Long draftId;
    public String draftTitle;
    public Long otherId;
    public String otherTitle;
    public Long otherItemId;
    public Long otherInvitationId;
    /** Filled in by the test, which attaches the documents as the secretariat (the file store is the service's). */
    public Long confidentialAttachmentId;
    public Long openAttachmentId;
    public Long otherAttachmentId;
}
