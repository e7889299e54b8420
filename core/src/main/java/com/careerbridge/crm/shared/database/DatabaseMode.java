package com.careerbridge.crm.shared.database;

/**
 * Which kind of database this run uses.
 *
 * @param embedded     the application started its own PostgreSQL
 * @param freshCluster that PostgreSQL was created by this start (first run on its data directory)
 */
public record DatabaseMode(boolean embedded, boolean freshCluster) {

    public static DatabaseMode external() {
        return new DatabaseMode(false, false);
    }
}
