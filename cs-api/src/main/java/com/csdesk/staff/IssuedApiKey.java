package com.csdesk.staff;

/** A newly created key: the secret is shown this once and cannot be read again. */
public record IssuedApiKey(ApiKey key, String secret) {
}
