package org.concerto.shared;

import java.util.Locale;

/** A message argument that is itself translated. */
public interface Localizable {

    String toString(Locale locale);
}
