package io.lanmu.portal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the database connections a piece of work takes on the test's own thread (MockMvc serves requests there),
 * whatever takes them: JPA, JdbcTemplate or anything else. Background threads are not counted.
 */
@TestComponent
class DatabaseCalls implements BeanPostProcessor {

    private final AtomicInteger connections = new AtomicInteger();
    private volatile Thread watched;

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    /** How many connections {@code work} took. */
    int during(Runnable work) {
        connections.set(0);
        watched = Thread.currentThread();
        try {
            work.run();
        }
        finally {
            watched = null;
        }
        return connections.get();
    }

    private final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            count();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            count();
            return super.getConnection(username, password);
        }

        private void count() {
            if (Thread.currentThread() == watched) {
                connections.incrementAndGet();
            }
        }
    }
}
