/**
 * Where the data lives: an embedded PostgreSQL in a kept data directory when no datasource URL is configured,
 * otherwise the configured server.
 */
package com.careerbridge.crm.shared.database;
