package org.concerto.action;

/** An evidence file once checked and kept in the file store: what the action's record needs of it. */
record StoredFile(String fileName, String contentType, long size, String sha256, String storageKey) {
}
