package com.csdesk.staff;

import java.util.List;
import java.util.Optional;

/** The staff module's API: accounts, roles and storefront API keys. */
public interface StaffManagement {

    List<StaffMember> list();

    Optional<StaffMember> find(String username);

    /**
     * Opens an account (audited); a taken username is refused, and so is a password of fewer than 8
     * characters or more than the 72 bytes bcrypt hashes.
     */
    StaffMember create(NewStaffMember member);

    /** Disables an account; a disabled account cannot log in. */
    StaffMember disable(String username);

    /**
     * Creates the first admin when no enabled admin exists yet (start-up, from the environment); a
     * password over 72 bytes is refused as {@link #create} refuses it.
     */
    boolean bootstrapAdmin(String username, String password);

    /** Issues a new storefront key; the returned secret is the only copy. */
    IssuedApiKey issueApiKey(String name);

    /** Stores a key whose secret is given (the demo profile's fixed key), if not stored yet. */
    void ensureApiKey(String name, String secret);

    ApiKey revokeApiKey(long id);

    List<ApiKey> apiKeys();

    /** The active key with this secret, if any. */
    Optional<ApiKey> authenticate(String secret);
}
