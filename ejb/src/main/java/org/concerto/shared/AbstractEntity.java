package org.concerto.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/**
 * Identity and optimistic locking for every entity users edit: a concurrent change to the same row is
 * refused instead of silently overwritten.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    // One sequence for the whole schema, fetched 50 at a time: no round trip per insert.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concerto_seq")
    @SequenceGenerator(name = "concerto_seq", sequenceName = "concerto_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Same entity, same id. Lazy associations hand out Hibernate proxies, whose class is a subclass and
     * whose fields are empty: compare the real classes and read the id through its getter.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AbstractEntity entity) || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return getId() != null && getId().equals(entity.getId());
    }

    @Override
    public int hashCode() {
        // Stable across persist (the id is assigned late) and the same for an entity and its proxy.
        return Hibernate.getClass(this).hashCode();
    }
}
