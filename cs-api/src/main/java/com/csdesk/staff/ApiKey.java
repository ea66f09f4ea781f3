package com.csdesk.staff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A storefront API key's record. Only its hash is stored; {@code prefix} (the first characters)
 * lets ops tell keys apart.
 */
public record ApiKey(long id, String name, String prefix, Instant createdAt, String createdBy,
        @Nullable Instant revokedAt, @Nullable String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }
}
