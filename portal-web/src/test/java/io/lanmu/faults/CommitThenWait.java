package io.lanmu.faults;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A process of its own that commits rows one at a time to the database at {@code args[0]}, says so after each commit,
 * then waits to be killed: what the test finds in the database afterwards is what a killed Lanmu leaves.
 */
final class CommitThenWait {

    static final int ROWS = 20;

    private CommitThenWait() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement statement = connection.createStatement()) {
            statement.execute("create table committed_row (id int primary key)");
            try (PreparedStatement insert = connection.prepareStatement("insert into committed_row values (?)")) {
                for (int row = 1; row <= ROWS; row++) {
                    insert.setInt(1, row);
                    insert.executeUpdate();
                    System.out.println("committed " + row);
                }
            }
            System.out.flush();
            // Killed while waiting: the connection is never closed, as in a kill -9.
            System.in.read();
        }
    }
}
