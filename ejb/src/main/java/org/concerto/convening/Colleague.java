package org.concerto.convening;

/** A person of the invitee's organisation who is not invited yet: whom they may send instead. */
public class Colleague {

    private final Long id;
    private final String name;

    public Colleague(Long id, String firstName, String lastName) {
        this.id = id;
        this.name = firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
