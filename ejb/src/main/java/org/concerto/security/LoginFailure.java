package org.concerto.security;

import java.io.Serializable;

/**
 * What the web layer does after a refused login: pause the answer this long (the same for a known and an unknown
 * login: it depends on the client address only), and whether the address is now refused.
 */
public final class LoginFailure implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long delayMillis;
    private final boolean addressRefused;

    LoginFailure(long delayMillis, boolean addressRefused) {
        this.delayMillis = delayMillis;
        this.addressRefused = addressRefused;
    }

    public long getDelayMillis() {
        return delayMillis;
    }

    public boolean isAddressRefused() {
        return addressRefused;
    }
}
