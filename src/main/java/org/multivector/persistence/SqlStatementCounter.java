package org.multivector.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements Hibernate prepares into the Prometheus metric
 * {@code multivector_sql_statements_total}: divided by the GraphQL operations of the same
 * period, it shows that batching keeps the statements per request constant. Costs one
 * increment per statement, unlike Hibernate's statistics.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementCounter implements StatementInspector {

    private final Counter statements;

    @Inject
    public SqlStatementCounter(MeterRegistry registry) {
        this.statements = Counter.builder("multivector.sql.statements")
                .description("SQL statements prepared by Hibernate")
                .register(registry);
    }

    @Override
    public String inspect(String sql) {
        statements.increment();
        return sql;
    }
}
