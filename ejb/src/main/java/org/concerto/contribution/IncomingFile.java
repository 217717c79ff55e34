package org.concerto.contribution;

import java.io.InputStream;

/** A file as the page received it: the name the user gave and its content, read once by the service. */
public record IncomingFile(String name, InputStream content) {}
