package org.concerto.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;

/** A body invited to meetings as such: it sends delegates and may present an agenda item. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byName", query = "select o from Organisation o where lower(o.name) = lower(:name)")
public class Organisation extends AbstractEntity {

    public static final int NAME_LENGTH = 200;
    public static final int ACRONYM_LENGTH = 40;

    @NotBlank @Size(max = NAME_LENGTH) @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = ACRONYM_LENGTH) @Column(length = ACRONYM_LENGTH)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private StakeholderCategory category;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, String acronym, StakeholderCategory category) {
        describe(name, acronym, category);
    }

    /** Renames or re-categorises the organisation; the name is required. */
    public final void describe(String name, String acronym, StakeholderCategory category) {
        if (category == null) {
            throw new BusinessException("error.required", new FieldName("category"));
        }
        this.name = Texts.required(name, "name", NAME_LENGTH);
        this.acronym = Texts.optional(acronym, "acronym", ACRONYM_LENGTH);
        this.category = Objects.requireNonNull(category);
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    /** "Association Française des Diabétiques (AFD)" or just the name. */
    public String getDisplayName() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }
}
