package com.csdesk.web.security;

import com.csdesk.members.PhoneSearch;
import com.csdesk.shared.PersonalData;
import com.csdesk.staff.Role;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking, and therefore what personal data they see: phone numbers and street addresses
 * are masked (138****1234) for roles that do not need them, and their member searches match whole
 * phone numbers only. The storefront sees its own data.
 */
@Component
public class Viewer {

    private final RoleHierarchy hierarchy;

    Viewer(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    public boolean has(Role role) {
        return authorities().contains(role.authority());
    }

    public boolean seesPhone() {
        return isStorefront() || Role.SEE_PHONE.stream().anyMatch(this::has);
    }

    public boolean seesAddress() {
        return isStorefront() || Role.SEE_ADDRESS.stream().anyMatch(this::has);
    }

    /**
     * How this viewer's member searches match phone numbers: by their parts only for a viewer who sees
     * them whole, else a search for the first digits would read a masked number back.
     */
    public PhoneSearch phoneSearch() {
        return seesPhone() ? PhoneSearch.PARTIAL : PhoneSearch.WHOLE_NUMBER;
    }

    public @Nullable String phone(@Nullable String phone) {
        return phone == null || seesPhone() ? phone : PersonalData.maskPhone(phone);
    }

    public @Nullable String address(@Nullable String detail) {
        return detail == null || seesAddress() ? detail : PersonalData.maskAddress(detail);
    }

    private boolean isStorefront() {
        return authorities().contains(ApiKeyAuthenticationFilter.ROLE);
    }

    private Set<String> authorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        Collection<? extends GrantedAuthority> reachable = hierarchy.getReachableGrantedAuthorities(auth.getAuthorities());
        return reachable.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
