package org.concerto.shared;

import jakarta.persistence.EntityManager;

/** Looking up what an id in an address or a form names. */
public final class Entities {

    private Entities() {}

    /** The entity with that id, or a 404 for the caller when there is none. */
    public static <T> T require(EntityManager em, Class<T> type, Object id) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException();
        }
        return entity;
    }
}
