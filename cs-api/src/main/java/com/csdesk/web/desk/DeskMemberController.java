package com.csdesk.web.desk;

import com.csdesk.members.CustomerType;
import com.csdesk.members.MemberManagement;
import com.csdesk.web.desk.DeskMemberResponses.Member360;
import com.csdesk.web.desk.DeskMemberResponses.MemberPage;
import com.csdesk.web.desk.DeskMemberResponses.TypeLine;
import com.csdesk.web.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members for agents (会员管理): search, the 360 view, tags, notes and customer types. */
@RestController
@Validated
@RequestMapping("/api/desk/v1")
@Tag(name = "Desk: members")
@SecurityRequirement(name = "basic")
class DeskMemberController {

    private final MemberManagement members;
    private final DeskMemberMapper mapper;
    private final Viewer viewer;

    DeskMemberController(MemberManagement members, DeskMemberMapper mapper, Viewer viewer) {
        this.members = members;
        this.mapper = mapper;
        this.viewer = viewer;
    }

    @GetMapping("/members")
    @Operation(summary = "Search members by nickname (prefix or contains), phone or real name",
            description = "Exact matches first, then prefixes. Paged with `hasNext` instead of a total count. "
                    + "Roles that see phone numbers masked find a member by the whole phone number only.")
    MemberPage search(@RequestParam @NotBlank @Size(max = 64) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return mapper.toPage(members.search(q, viewer.phoneSearch(), page, size), viewer);
    }

    @GetMapping("/members/{nickname}")
    @Operation(summary = "The member 360 view")
    Member360 get(@PathVariable @NotBlank String nickname, Locale locale) {
        return mapper.to360(members.get(nickname), viewer, locale);
    }

    record TagRequest(@NotBlank @Size(max = 20) String tag) {
    }

    @PostMapping("/members/{nickname}/tags")
    @Operation(summary = "Attach a tag (会员标签)")
    Member360 addTag(@PathVariable @NotBlank String nickname, @Valid @RequestBody TagRequest request, Locale locale) {
        return mapper.to360(members.addTag(nickname, request.tag()), viewer, locale);
    }

    @DeleteMapping("/members/{nickname}/tags/{tag}")
    @Operation(summary = "Remove a tag")
    Member360 removeTag(@PathVariable @NotBlank String nickname, @PathVariable String tag, Locale locale) {
        return mapper.to360(members.removeTag(nickname, tag), viewer, locale);
    }

    record NoteRequest(@NotBlank @Size(max = 500) String text) {
    }

    @PostMapping("/members/{nickname}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note (备注), signed with your name and today's date")
    Member360 addNote(@PathVariable @NotBlank String nickname, @Valid @RequestBody NoteRequest request, Locale locale) {
        return mapper.to360(members.addNote(nickname, request.text()), viewer, locale);
    }

    record CustomerTypesRequest(@NotNull @Size(max = 4) List<@NotNull CustomerType> types, @Nullable Long version) {
    }

    @PutMapping("/members/{nickname}/customer-types")
    @Operation(summary = "Set the member's customer types (客户类型), at most one per dimension",
            description = "Send the `version` you read to have a concurrent change refused (409) instead of overwritten.")
    Member360 setTypes(@PathVariable @NotBlank String nickname, @Valid @RequestBody CustomerTypesRequest request,
            Locale locale) {
        Set<CustomerType> types = request.types().isEmpty() ? EnumSet.noneOf(CustomerType.class)
                : EnumSet.copyOf(request.types());
        return mapper.to360(members.setCustomerTypes(nickname, types, request.version()), viewer, locale);
    }

    @GetMapping("/customer-types")
    @Operation(summary = "All customer types with the strategy to serve each")
    List<TypeLine> customerTypes(Locale locale) {
        return Arrays.stream(CustomerType.values()).map(t -> mapper.toLine(t, locale)).toList();
    }
}
