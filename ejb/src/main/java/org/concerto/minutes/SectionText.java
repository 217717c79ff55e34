package org.concerto.minutes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the secretariat types in one section of the minutes: the form's content, and a rejected save's. */
public class SectionText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = MinutesSection.SUMMARY_LENGTH) private String summary;

    private List<PositionStatement> positions = new ArrayList<>();

    @Size(max = MinutesSection.DECISION_LENGTH) private String decision;

    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;

    @Size(max = MinutesSection.MINORITY_LENGTH) private String minorityOpinion;

    @Size(max = MinutesSection.ACTIONS_LENGTH) private String actionsDecided;

    public SectionText() {}

    public SectionText(
            String summary,
            List<PositionStatement> positions,
            String decision,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions,
            String minorityOpinion,
            String actionsDecided) {
        this.summary = summary;
        positions.forEach(p -> this.positions.add(new PositionStatement(p.getOrganisation(), p.getStatement())));
        this.decision = decision;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
        this.minorityOpinion = minorityOpinion;
        this.actionsDecided = actionsDecided;
    }

    /** A copy, so that the page's form and the saved state never share lists. */
    public SectionText copy() {
        return new SectionText(
                summary, positions, decision, votesFor, votesAgainst, abstentions, minorityOpinion, actionsDecided);
    }

    /** Same words (blank and absent being the same): autosave writes only when something changed. */
    public boolean sameAs(SectionText other) {
        return other != null
                && Objects.equals(blank(summary), blank(other.summary))
                && Objects.equals(blank(decision), blank(other.decision))
                && Objects.equals(votesFor, other.votesFor)
                && Objects.equals(votesAgainst, other.votesAgainst)
                && Objects.equals(abstentions, other.abstentions)
                && Objects.equals(blank(minorityOpinion), blank(other.minorityOpinion))
                && Objects.equals(blank(actionsDecided), blank(other.actionsDecided))
                && positionsText().equals(other.positionsText());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The positions as lines "Organisation : statement", as a conflicting draft keeps them. */
    public String positionsText() {
        StringBuilder text = new StringBuilder();
        for (PositionStatement p : positions) {
            if (blank(p.getOrganisation()) != null || blank(p.getStatement()) != null) {
                text.append(
                                p.getOrganisation() == null
                                        ? ""
                                        : p.getOrganisation().strip())
                        .append(" : ")
                        .append(p.getStatement() == null ? "" : p.getStatement().strip())
                        .append('\n');
            }
        }
        return text.toString().strip();
    }

    public void addPosition() {
        positions.add(new PositionStatement());
    }

    public void removePosition(int index) {
        if (index >= 0 && index < positions.size()) {
            positions.remove(index);
        }
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<PositionStatement> getPositions() {
        return positions;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public String getMinorityOpinion() {
        return minorityOpinion;
    }

    public void setMinorityOpinion(String minorityOpinion) {
        this.minorityOpinion = minorityOpinion;
    }

    public String getActionsDecided() {
        return actionsDecided;
    }

    public void setActionsDecided(String actionsDecided) {
        this.actionsDecided = actionsDecided;
    }
}
