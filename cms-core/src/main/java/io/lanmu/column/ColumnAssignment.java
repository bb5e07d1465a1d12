package io.lanmu.column;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An editor may work in a column (and in the columns beneath it).
 */
@Entity
@Table(name = "column_assignment")
class ColumnAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "column_assignment_seq")
    @SequenceGenerator(name = "column_assignment_seq", sequenceName = "column_assignment_seq", allocationSize = 50)
    private Long id;

    private long userId;

    private long columnId;

    protected ColumnAssignment() {
    }

    ColumnAssignment(long userId, long columnId) {
        this.userId = userId;
        this.columnId = columnId;
    }

    long getColumnId() {
        return columnId;
    }
}
