package io.lanmu.audit;

import io.lanmu.shared.Actor;
import io.lanmu.shared.DomainEvent;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every domain event in the transaction that caused it, so a change and its audit entry are
 * stored together or not at all.
 */
@Service
public class AuditTrail {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntries entries;
    private final JsonMapper json;

    public AuditTrail(AuditEntries entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(DomainEvent event) {
        entries.save(new AuditEntry(event.occurredAt(), event.actorId(), event.actorName(),
                event.getClass().getSimpleName(), event.subjectType(), event.subjectId(), event.comment(),
                json.writeValueAsString(event)));
    }

    /** Admins and approvers read the whole trail; everybody else only the history of an item they may read. */
    public static boolean readsWholeTrail(Actor reader) {
        return reader.has(Role.ADMIN) || reader.has(Role.APPROVER);
    }

    /**
     * Searches the trail, newest first. Admins and approvers read it all; others only what concerns one
     * item, and the caller must have checked that they may read that item.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable page, Actor reader) {
        boolean overseer = readsWholeTrail(reader);
        boolean aboutOneItem = "ITEM".equals(query.subjectType()) && query.subjectId() != null;
        if (!overseer && !aboutOneItem) {
            throw new Forbidden("role-required", "Only admins and approvers read the whole audit trail",
                    Role.ADMIN.name());
        }
        return entries.findAll(query.toSpecification(),
                PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST));
    }
}
