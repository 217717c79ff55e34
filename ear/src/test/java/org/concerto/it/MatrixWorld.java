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
    public static final List<String> PERSONAS =
            List.of("secretariat", "chair", "participant", "expert", "observer", "outsider");

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

    // --- contributions, action items, minutes -----------------------------------------
    /** The stranger's login: they submit to the other meeting. */
    public String strangerLogin;
    /** An action of the meeting owned by the participant's organisation (every persona but the secretariat belongs to it). */
    public Long ownActionId;

    public String ownActionText;
    /** An action of the meeting owned by the stranger's organisation. */
    public Long foreignActionId;

    public String foreignActionText;
    /** An action of the other meeting. */
    public Long otherActionId;

    public String otherActionText;
    /** A held meeting with the same invitees as the fixture meeting, whose minutes the test sends for review. */
    public Long minutesMeetingId;

    public String minutesTitle;
    /** A held meeting of the stranger only, with minutes in review. */
    public Long otherMinutesMeetingId;

    public String otherMinutesTitle;
    /** Filled in by the test through the services (the file stores are theirs). */
    public Long contributionId;

    public String contributionTitle;
    public Long contributionFileId;
    public Long secretContributionId;
    public String secretContributionTitle;
    public Long secretContributionFileId;
    /** The participant's contribution on the confidential item: not for observers. */
    public Long confidentialContributionId;

    public String confidentialContributionTitle;
    public Long confidentialContributionFileId;
    public Long otherContributionId;
    public Long otherContributionFileId;
    public Long evidenceId;
    /** A restricted consultation, open, to which the invitees of the meeting (not the outsider) are invited. */
    public Long consultationId;

    public String consultationTitle;
    public Long consultationQuestionId;
    /** A draft of the participant's to that consultation. */
    public Long consultationResponseId;
    /** A restricted draft, ready to publish (a question, an invitee). */
    public Long draftConsultationId;
    /** A public consultation, open. */
    public Long publicConsultationId;

    public String publicConsultationTitle;
    public Long otherEvidenceId;
    public Long sectionId;
    public Long otherSectionId;
    public Long commentId;
}
