package com.csdesk.web.ops;

import com.csdesk.audit.AuditEntry;
import com.csdesk.audit.AuditTrail;
import com.csdesk.jobs.JobRun;
import com.csdesk.jobs.JobRuns;
import com.csdesk.settings.SettingView;
import com.csdesk.settings.Settings;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import com.csdesk.staff.ApiKey;
import com.csdesk.staff.Department;
import com.csdesk.staff.IssuedApiKey;
import com.csdesk.staff.NewStaffMember;
import com.csdesk.staff.Role;
import com.csdesk.staff.StaffManagement;
import com.csdesk.staff.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ops (ADMIN): staff accounts, storefront API keys, run-time settings, job runs and the audit log. */
@RestController
@Validated
@RequestMapping("/api/ops/v1")
@Tag(name = "Ops")
@SecurityRequirement(name = "basic")
class OpsController {

    private final StaffManagement staff;
    private final Settings settings;
    private final JobRuns jobs;
    private final AuditTrail audit;

    OpsController(StaffManagement staff, Settings settings, JobRuns jobs, AuditTrail audit) {
        this.staff = staff;
        this.settings = settings;
        this.jobs = jobs;
        this.audit = audit;
    }

    @GetMapping("/staff")
    @Operation(summary = "List staff accounts with their departments and roles")
    List<StaffMember> staff() {
        return staff.list();
    }

    /**
     * A new account. The password has 8 to 72 characters and at most 72 bytes in UTF-8, which is all
     * bcrypt hashes (a Chinese character counts as 3): the staff module refuses a longer one.
     */
    record NewStaffRequest(@NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 40) String displayName,
            @NotNull Department department, @NotEmpty Set<Role> roles, @NotBlank @Size(min = 8, max = 72) String password) {
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a staff account",
            description = "The password has 8 to 72 characters and at most 72 bytes (a Chinese character counts as 3).")
    StaffMember createStaff(@Valid @RequestBody NewStaffRequest r) {
        return staff.create(new NewStaffMember(r.username(), r.displayName(), r.department(), r.roles(), r.password()));
    }

    @PostMapping("/staff/{username}/disable")
    @Operation(summary = "Disable a staff account")
    StaffMember disableStaff(@PathVariable String username) {
        return staff.disable(username);
    }

    @GetMapping("/api-keys")
    @Operation(summary = "List storefront API keys (never their secrets)")
    List<ApiKey> apiKeys() {
        return staff.apiKeys();
    }

    record NewKeyRequest(@NotBlank @Size(max = 64) String name) {
    }

    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a storefront API key", description = "The secret is in this answer only; it is stored hashed.")
    IssuedApiKey issueKey(@Valid @RequestBody NewKeyRequest request) {
        return staff.issueApiKey(request.name());
    }

    @PostMapping("/api-keys/{id}/revoke")
    @Operation(summary = "Revoke a storefront API key")
    ApiKey revokeKey(@PathVariable long id) {
        return staff.revokeApiKey(id);
    }

    @GetMapping("/settings")
    @Operation(summary = "Run-time settings with their defaults")
    List<SettingView> settings() {
        return settings.list();
    }

    record SettingRequest(@NotBlank @Size(max = 200) String value) {
    }

    @PutMapping("/settings/{key}")
    @Operation(summary = "Change a setting; it takes effect without a redeploy")
    SettingView setSetting(@PathVariable String key, @Valid @RequestBody SettingRequest request) {
        return settings.set(key, request.value());
    }

    @GetMapping("/jobs")
    @Operation(summary = "Recent runs of the scheduled jobs: start, end, rows affected, errors")
    List<JobRun> jobs(@RequestParam(required = false) @Nullable String job,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return jobs.recent(job, limit);
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log: of one thing (entityType + entityId), or the newest entries (optionally of one actor)")
    List<AuditEntry> audit(@RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        if ((entityType == null) != (entityId == null)) {
            // one without the other would silently list everything
            throw new InvalidInputException("entity-incomplete", entityType == null ? "entityType" : "entityId", Text.of(
                    "entityType 与 entityId 须同时给出", "entityType and entityId go together"));
        }
        if (entityType != null && entityId != null) {
            return audit.history(entityType, entityId, limit);
        }
        return audit.recent(actor, limit);
    }
}
