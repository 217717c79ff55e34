package org.concerto.agenda;

/** An attached document as the meeting page lists it. */
public class AttachmentRow {

    private final Long id;
    private final Long itemId;
    private final String fileName;
    private final long size;

    public AttachmentRow(Long id, Long itemId, String fileName, long size) {
        this.id = id;
        this.itemId = itemId;
        this.fileName = fileName;
        this.size = size;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    /** "1,2 Mo" style sizes are the page's business; kilobytes rounded up here. */
    public long getKilobytes() {
        return (size + 1023) / 1024;
    }
}
