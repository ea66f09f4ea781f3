package com.csdesk.web.storefront;

import com.csdesk.members.MemberManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/storefront/v1/members")
@Tag(name = "Storefront: members")
@SecurityRequirement(name = "apiKey")
class StorefrontMemberController {

    private final MemberManagement members;
    private final StorefrontMapper mapper;

    StorefrontMemberController(MemberManagement members, StorefrontMapper mapper) {
        this.members = members;
        this.mapper = mapper;
    }

    @PutMapping("/{nickname}")
    @Operation(summary = "Create a member, or update the profile of an existing one",
            description = "201 when created, 200 when updated. Fields left out keep their value; `addresses` replaces the address book.")
    ResponseEntity<StorefrontMember> save(@PathVariable @NotBlank @Size(max = 64) String nickname,
            @Valid @RequestBody MemberPayload payload) {
        var saved = members.saveFromStorefront(nickname, mapper.toProfile(payload));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(mapper.toResponse(saved.member()));
    }

    @GetMapping("/{nickname}")
    @Operation(summary = "A member's profile, tier and cumulative spend")
    StorefrontMember get(@PathVariable @NotBlank String nickname) {
        return mapper.toResponse(members.get(nickname));
    }
}
