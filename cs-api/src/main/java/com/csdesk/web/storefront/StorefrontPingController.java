package com.csdesk.web.storefront;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trivial storefront endpoint: the key check and the whole filter chain, no database. The
 * storefront uses it to check its key; the benchmark uses it as the framework's ceiling.
 */
@RestController
@Tag(name = "Storefront: ping")
@SecurityRequirement(name = "apiKey")
class StorefrontPingController {

    private final Clock clock;

    StorefrontPingController(Clock clock) {
        this.clock = clock;
    }

    record Pong(String status, Instant at) {
    }

    @GetMapping("/api/storefront/v1/ping")
    @PreAuthorize("hasRole('STOREFRONT')")
    @Operation(summary = "Check the API key; answers at once")
    Pong ping() {
        return new Pong("ok", clock.instant());
    }
}
