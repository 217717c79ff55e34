package org.concerto.convening;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concerto.meeting.InvitationResponse;

/** The answers of a meeting's invitees: each one's, and how many of each. */
public class ResponseOverview {

    private final Map<Long, InvitationResponse> byPerson = new HashMap<>();
    private final Map<InvitationResponse, Integer> counts = new EnumMap<>(InvitationResponse.class);

    ResponseOverview(List<Object[]> rows) {
        for (InvitationResponse response : InvitationResponse.values()) {
            counts.put(response, 0);
        }
        for (Object[] row : rows) {
            InvitationResponse response = (InvitationResponse) row[1];
            byPerson.put((Long) row[0], response);
            counts.merge(response, 1, Integer::sum);
        }
    }

    public InvitationResponse responseOf(Long personId) {
        return byPerson.get(personId);
    }

    public int count(InvitationResponse response) {
        return counts.get(response);
    }

    public int getPending() {
        return count(InvitationResponse.PENDING);
    }

    public int getAccepted() {
        return count(InvitationResponse.ACCEPTED);
    }

    public int getDeclined() {
        return count(InvitationResponse.DECLINED);
    }

    public int getSubstituted() {
        return count(InvitationResponse.SUBSTITUTED);
    }
}
