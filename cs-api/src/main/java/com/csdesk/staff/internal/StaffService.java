package com.csdesk.staff.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Sha256;
import com.csdesk.shared.Text;
import com.csdesk.staff.ApiKey;
import com.csdesk.staff.Department;
import com.csdesk.staff.IssuedApiKey;
import com.csdesk.staff.NewStaffMember;
import com.csdesk.staff.Role;
import com.csdesk.staff.StaffManagement;
import com.csdesk.staff.StaffMember;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts (passwords hashed with bcrypt) and storefront keys (hashed with SHA-256: they are
 * long random secrets, so a slow hash adds nothing but latency to every storefront call).
 */
@Service
@Transactional
class StaffService implements StaffManagement, UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    private static final int MIN_PASSWORD = 8;
    /** bcrypt hashes at most 72 bytes of a password (UTF-8): a Chinese character takes 3 of them. */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** A revoked key stops working on other instances within this time; on this one at once. */
    private static final Duration KEY_CACHE_TIME = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Optional<ApiKey>> keysByHash = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(KEY_CACHE_TIME).build();

    StaffService(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        return jdbc.sql(SELECT_STAFF + " order by a.department, a.username").query(this::staffRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> find(String username) {
        return jdbc.sql(SELECT_STAFF + " where a.username = ?").param(username).query(this::staffRow).optional();
    }

    @Override
    public StaffMember create(NewStaffMember m) {
        String username = m.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("invalid-username", "username", Text.of(
                    "用户名须为 2–32 位小写字母、数字或 . _ -", "A username has 2 to 32 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (m.password().length() < MIN_PASSWORD) {
            throw new InvalidInputException("weak-password", "password", Text.of(
                    "密码至少 " + MIN_PASSWORD + " 位", "A password has at least " + MIN_PASSWORD + " characters"));
        }
        requireHashable(m.password());
        if (m.roles().isEmpty()) {
            throw new InvalidInputException("no-role", "roles", Text.of("至少选择一个角色", "Choose at least one role"));
        }
        if (find(username).isPresent()) {
            throw new RuleViolationException("username-taken", Text.of("用户名已存在:" + username,
                    "The username is taken: " + username));
        }
        insert(username, m.displayName().strip(), m.department(), m.roles(), m.password());
        StaffMember created = find(username).orElseThrow();
        audit.record("staff.created", "staff", username, null,
                Map.of("department", created.department(), "roles", created.roles()));
        return created;
    }

    @Override
    public StaffMember disable(String username) {
        StaffMember before = find(username).orElseThrow(() -> new NotFoundException("Staff member", "员工", username));
        if (username.equals(actor.username())) {
            throw new RuleViolationException("disable-self", Text.of("不能停用自己的账号", "You cannot disable your own account"));
        }
        jdbc.sql("update staff.account set enabled = false where username = ?").param(username).update();
        StaffMember after = find(username).orElseThrow();
        audit.record("staff.disabled", "staff", username, Map.of("enabled", before.enabled()), Map.of("enabled", false));
        return after;
    }

    @Override
    public boolean bootstrapAdmin(String username, String password) {
        boolean hasAdmin = jdbc.sql("""
                select exists (select 1 from staff.account a join staff.account_role r on r.account_id = a.id
                               where r.role = 'ADMIN' and a.enabled)""").query(Boolean.class).single();
        if (hasAdmin || find(username).isPresent()) {
            return false;
        }
        insert(username, username, Department.OPERATIONS, EnumSet.of(Role.ADMIN), password);
        audit.record("staff.bootstrap-admin", "staff", username, null, Map.of("roles", List.of(Role.ADMIN)));
        return true;
    }

    /** Creates an account unless the username exists (demo accounts); returns whether it was created. */
    boolean ensure(String username, String displayName, Department department, Set<Role> roles, String password) {
        if (find(username).isPresent()) {
            return false;
        }
        insert(username, displayName, department, roles, password);
        return true;
    }

    /**
     * bcrypt cannot hash more than 72 bytes; a longer password is refused rather than cut, so what the
     * person typed is what signs in. Every way a password is set goes through here.
     */
    private static void requireHashable(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("password-too-long", "password", Text.of(
                    "密码最多 " + MAX_PASSWORD_BYTES + " 字节(一个汉字算 3 个字节)",
                    "A password has at most " + MAX_PASSWORD_BYTES + " bytes (a Chinese character counts as 3)"));
        }
    }

    private void insert(String username, String displayName, Department department, Set<Role> roles, String password) {
        requireHashable(password);
        long id = jdbc.sql("""
                insert into staff.account (username, display_name, department, password_hash, enabled, created_at)
                values (?, ?, ?, ?, true, ?) returning id""")
                .params(username, displayName, department.name(), passwords.encode(password),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into staff.account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var row = jdbc.sql("select id, password_hash, enabled from staff.account where username = ?")
                .param(username)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3)})
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        List<SimpleGrantedAuthority> authorities = jdbc.sql("select role from staff.account_role where account_id = ?")
                .param(row[0]).query(String.class).list().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        return User.withUsername(username).password((String) row[1]).disabled(!(Boolean) row[2])
                .authorities(authorities).build();
    }

    @Override
    public IssuedApiKey issueApiKey(String name) {
        String label = requireKeyName(name);
        StringBuilder secret = new StringBuilder("csk_");
        for (int i = 0; i < 40; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        ApiKey key = insertKey(label, secret.toString());
        audit.record("api-key.issued", "api-key", String.valueOf(key.id()), null,
                Map.of("name", key.name(), "prefix", key.prefix()));
        return new IssuedApiKey(key, secret.toString());
    }

    @Override
    public void ensureApiKey(String name, String secret) {
        boolean exists = jdbc.sql("select exists (select 1 from staff.api_key where key_hash = ?)")
                .param(hash(secret)).query(Boolean.class).single();
        if (!exists) {
            insertKey(requireKeyName(name), secret);
        }
    }

    private ApiKey insertKey(String name, String secret) {
        long id = jdbc.sql("""
                insert into staff.api_key (name, prefix, key_hash, created_at, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(name, secret.substring(0, Math.min(8, secret.length())), hash(secret),
                        Timestamp.from(clock.instant()), actor.username())
                .query(Long.class).single();
        return key(id);
    }

    @Override
    public ApiKey revokeApiKey(long id) {
        ApiKey before = key(id);
        if (!before.active()) {
            return before;
        }
        jdbc.sql("update staff.api_key set revoked_at = ?, revoked_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), actor.username(), id).update();
        keysByHash.invalidateAll();
        ApiKey after = key(id);
        audit.record("api-key.revoked", "api-key", String.valueOf(id), Map.of("active", true), Map.of("active", false));
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKey> apiKeys() {
        return jdbc.sql(SELECT_KEY + " order by created_at desc, id desc").query(StaffService::keyRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiKey> authenticate(String secret) {
        return keysByHash.get(hash(secret), h -> jdbc.sql(SELECT_KEY + " where key_hash = ? and revoked_at is null")
                .param(h).query(StaffService::keyRow).optional());
    }

    private ApiKey key(long id) {
        return jdbc.sql(SELECT_KEY + " where id = ?").param(id).query(StaffService::keyRow).optional()
                .orElseThrow(() -> new NotFoundException("API key", "API 密钥", id));
    }

    private static String requireKeyName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 64) {
            throw new InvalidInputException("invalid-key-name", "name", Text.of(
                    "密钥名称须为 1–64 个字", "A key name has 1 to 64 characters"));
        }
        return n;
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }

    private static final String SELECT_STAFF = """
            select a.id, a.username, a.display_name, a.department, a.enabled, a.created_at,
                   coalesce((select string_agg(r.role, ',') from staff.account_role r where r.account_id = a.id), '')
            from staff.account a""";

    private static final String SELECT_KEY =
            "select id, name, prefix, created_at, created_by, revoked_at, revoked_by from staff.api_key";

    private StaffMember staffRow(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString(7).split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StaffMember(rs.getLong(1), rs.getString(2), rs.getString(3), Department.valueOf(rs.getString(4)),
                roles, rs.getBoolean(5), rs.getTimestamp(6).toInstant());
    }

    private static ApiKey keyRow(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp(6);
        return new ApiKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), revoked == null ? null : revoked.toInstant(), rs.getString(7));
    }
}
