/**
 * The audit trail: who changed a meeting, an invitation, an agenda item or a document, and when, kept by
 * the server's Hibernate Envers in {@code *_aud} tables, one {@link org.concerto.audit.AuditRevision} per
 * transaction; and the history the secretariat reads from it, field by field.
 *
 * <p>Contributions and their versions, action items, minutes, their sections and the comments on them joined
 * in V14; {@link org.concerto.audit.HistoryService} reads a record tied to another record of the history
 * (a contribution's versions, a section's comments) through its {@code CHILDREN}.
 *
 * <p>To audit another entity: annotate it {@code @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)},
 * mark its collections {@code @NotAudited}, and create {@code <table>_aud} in a migration with every column of
 * the entity's table (no constraints but the primary key) plus {@code rev bigint not null} and
 * {@code revtype smallint}, primary key {@code (id, rev)} (see V13__audit_and_privacy.sql).
 */
package org.concerto.audit;
