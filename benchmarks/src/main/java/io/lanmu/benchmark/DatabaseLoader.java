package io.lanmu.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * Puts the generated site into the database with plain JDBC batches, as the Flyway schema of cms-core defines it
 * (site_column, item, item_revision, attachment), with explicit ids; the sequences are moved past them afterwards so
 * that anything the application creates later gets fresh ids.
 */
final class DatabaseLoader {

    private static final int BATCH = 500;
    private static final long AUTHOR = 1;

    private static final String COLUMN = """
            insert into site_column (id, parent_id, name, slug, path, position, kind, visible, created_at, updated_at,
            version) values (?, ?, ?, ?, ?, ?, 'LIST', ?, ?, ?, 0)""";
    private static final String ITEM = """
            insert into item (id, column_id, category, status, title, latest_revision, live_revision, approved_revision,
            received_at, submitted_at, approved_at, cycle_published_at, window_hours, clock_start, due_at, flagged_late_at,
            published_at, last_published_at, created_by, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String REVISION = """
            insert into item_revision (id, item_id, number, title, summary, body, source, tags, created_by,
            created_by_name, created_at, attachment_ids) values (?, ?, ?, ?, ?, ?, '青川市税务局', ?, ?, 'editor1', ?, ?)""";
    private static final String ATTACHMENT = """
            insert into attachment (id, item_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by,
            uploaded_at, extraction, extracted_text, text_truncated, extracted_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXTRACTED', ?, false, ?, 0)""";

    private final DataSource dataSource;

    DatabaseLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the columns and items 1..n; returns how many revisions were written. */
    long load(SiteColumns columns, ItemGenerator generator, int n) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertColumns(connection, columns);
            long revisionId = 0;
            try (PreparedStatement items = connection.prepareStatement(ITEM);
                    PreparedStatement revisions = connection.prepareStatement(REVISION);
                    PreparedStatement attachments = connection.prepareStatement(ATTACHMENT)) {
                for (long[] batch : ItemGenerator.batches(n, BATCH)) {
                    for (long id : batch) {
                        GeneratedItem item = generator.item(id);
                        addItem(items, item);
                        if (item.attachment() != null) {
                            addAttachment(attachments, item);
                        }
                        for (int number = 1; number <= item.latestRevision(); number++) {
                            addRevision(revisions, ++revisionId, item, number);
                        }
                    }
                    // Parents first: revisions and attachments refer to their item.
                    items.executeBatch();
                    revisions.executeBatch();
                    attachments.executeBatch();
                    connection.commit();
                }
            }
            moveSequences(connection, n, revisionId);
            connection.commit();
            return revisionId;
        }
    }

    private static void insertColumns(Connection connection, SiteColumns columns) throws SQLException {
        Instant created = ItemGenerator.FIRST_DAY.minus(Duration.ofDays(30));
        try (PreparedStatement insert = connection.prepareStatement(COLUMN)) {
            int position = 0;
            for (SiteColumns.SiteColumn column : columns.all()) {
                insert.setLong(1, column.id());
                insert.setObject(2, column.parentId(), Types.BIGINT);
                insert.setString(3, column.name());
                insert.setString(4, column.slug());
                insert.setString(5, column.path());
                insert.setInt(6, position++);
                insert.setBoolean(7, column.visible());
                setTime(insert, 8, created);
                setTime(insert, 9, created);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void addItem(PreparedStatement insert, GeneratedItem item) throws SQLException {
        Integer window = item.category().defaultWindowHours();
        Instant published = item.publishedAt();
        Instant approved = published == null ? null : published.minus(Duration.ofMinutes(20));
        insert.setLong(1, item.id());
        insert.setLong(2, item.columnId());
        insert.setString(3, item.category().name());
        insert.setString(4, item.status().name());
        insert.setString(5, item.latest().title());
        insert.setInt(6, item.latestRevision());
        insert.setObject(7, item.liveRevision(), Types.INTEGER);
        insert.setObject(8, item.liveRevision(), Types.INTEGER);
        setTime(insert, 9, item.receivedAt());
        setTime(insert, 10, approved == null ? null : approved.minus(Duration.ofMinutes(40)));
        setTime(insert, 11, approved);
        setTime(insert, 12, published);
        insert.setObject(13, window, Types.INTEGER);
        Instant due = window == null ? null : item.receivedAt().plus(Duration.ofHours(window));
        setTime(insert, 14, due);
        // Every generated deadline lies in the past: an unpublished item's was missed and flagged, as the watch does.
        setTime(insert, 15, published == null ? due : null);
        setTime(insert, 16, published);
        setTime(insert, 17, published);
        insert.setLong(18, AUTHOR);
        setTime(insert, 19, item.receivedAt());
        setTime(insert, 20, item.updatedAt());
        insert.addBatch();
    }

    private static void addRevision(PreparedStatement insert, long id, GeneratedItem item, int number)
            throws SQLException {
        GeneratedItem.Content content = item.revisions().get(number - 1);
        insert.setLong(1, id);
        insert.setLong(2, item.id());
        insert.setInt(3, number);
        insert.setString(4, content.title());
        insert.setString(5, content.summary());
        insert.setString(6, content.bodyHtml());
        insert.setString(7, content.tags().isEmpty() ? null : String.join("\n", content.tags()));
        insert.setLong(8, AUTHOR);
        setTime(insert, 9, number == 1 ? item.receivedAt() : item.updatedAt());
        insert.setString(10, item.attachment() == null ? null : String.valueOf(item.attachment().id()));
        insert.addBatch();
    }

    private static void addAttachment(PreparedStatement insert, GeneratedItem item) throws SQLException {
        GeneratedItem.Attachment file = item.attachment();
        insert.setLong(1, file.id());
        insert.setLong(2, item.id());
        insert.setString(3, file.fileName());
        insert.setString(4, file.contentType());
        insert.setLong(5, file.sizeBytes());
        insert.setString(6, String.format("%064x", file.id()));
        insert.setString(7, "benchmark/" + file.id());
        insert.setLong(8, AUTHOR);
        setTime(insert, 9, item.receivedAt());
        insert.setString(10, file.text());
        setTime(insert, 11, item.receivedAt().plusSeconds(5));
        insert.addBatch();
    }

    /** Past every id used, by more than Hibernate's allocation size of 50, so its pooled ids never collide. */
    private static void moveSequences(Connection connection, long items, long revisions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter sequence site_column_seq restart with 200");
            statement.execute("alter sequence item_seq restart with " + (items + 100));
            statement.execute("alter sequence item_revision_seq restart with " + (revisions + 100));
            statement.execute("alter sequence attachment_seq restart with " + (items + 100));
        }
    }

    private static void setTime(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }
}
