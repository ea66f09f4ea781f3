package com.csdesk.web.security;

import com.csdesk.staff.Role;
import com.csdesk.staff.StaffManagement;
import com.csdesk.staff.StaffMember;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A desk session lasts only as long as its account: disabled, removed or stripped of a role since
 * signing in, the session ends at its next request and the agent signs in again. (HTTP Basic checks
 * the account on every call already.) One indexed lookup per page request, none for its static files.
 */
class LiveAccountFilter extends OncePerRequestFilter {

    private final StaffManagement staff;

    LiveAccountFilter(StaffManagement staff) {
        this.staff = staff;
    }

    /** Stylesheets, scripts and images a page loads need no account check of their own: the page had one. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        // only a sign-in kept in the session; a call authenticated on its own (HTTP Basic) was checked just now
        boolean signedIn = session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        if (signedIn && auth != null && auth.isAuthenticated() && !stillValid(auth)) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication auth) {
        Optional<StaffMember> account = staff.find(auth.getName());
        if (account.isEmpty() || !account.get().enabled()) {
            return false;
        }
        // roles only: the sign-in adds authorities of its own (how the agent proved who they are)
        Set<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
        Set<String> roles = account.get().roles().stream().map((Role r) -> "ROLE_" + r.name()).collect(Collectors.toSet());
        // a role taken away ends the session; one added takes effect at the next sign-in
        return roles.containsAll(granted);
    }
}
