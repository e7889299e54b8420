package com.careerbridge.crm.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/**
 * Identity and optimistic locking for aggregate roots. Ids come from per-table sequences created by Flyway (each
 * subclass declares its {@code @Id}); equality is by id, and the hash code is constant so that an entity can sit in a
 * hash set before and after it is persisted.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Version
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return getId() == null;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((BaseEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
