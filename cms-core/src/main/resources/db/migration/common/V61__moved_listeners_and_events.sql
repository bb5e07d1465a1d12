-- Issue 7 moved a listener and two event types to the modules they belong to. Publications still waiting in
-- Spring Modulith's registry name them by their old names: rename them, so each is still delivered after the upgrade
-- instead of never (a listener id nothing answers to) or failing at every retry (a type that no longer loads).

-- Attachment text is now read by the attachment module, behind its DocumentReading port.
UPDATE event_publication
SET listener_id = 'io.lanmu.attachment.AttachmentTextReading.on(io.lanmu.attachment.AttachmentStored)'
WHERE listener_id = 'io.lanmu.search.indexing.AttachmentTextListener.on(io.lanmu.attachment.AttachmentStored)'
  AND completion_date IS NULL;

-- Deadline warnings are events of the deadline module now, no longer item events: search, which re-indexed an
-- item on every item event, no longer hears them: what it had still to do for them is dropped, as the registry drops
-- every completed publication (spring.modulith.events.completion-mode=delete).
DELETE FROM event_publication
WHERE event_type IN ('io.lanmu.item.DeadlineMissed', 'io.lanmu.item.DeadlineApproaching')
  AND listener_id LIKE 'io.lanmu.search.%'
  AND completion_date IS NULL;
UPDATE event_publication SET event_type = 'io.lanmu.deadline.DeadlineMissed'
WHERE event_type = 'io.lanmu.item.DeadlineMissed';
UPDATE event_publication SET event_type = 'io.lanmu.deadline.DeadlineApproaching'
WHERE event_type = 'io.lanmu.item.DeadlineApproaching';
