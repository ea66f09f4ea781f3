package com.csdesk.settings;

import com.csdesk.audit.AuditTrail;
import com.csdesk.shared.CurrentActor;
import com.csdesk.shared.NotFoundException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Current values of the run-time settings. Reads are cached for a few seconds, so a change made on
 * one instance reaches the others within that time; the instance that made it sees it at once.
 */
@Service
public class Settings {

    private static final Duration CACHE_TIME = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final Map<String, SettingKey<?>> keys = new LinkedHashMap<>();
    private final List<SettingsCatalog> catalogs;
    private final LoadingCache<String, Optional<String>> stored;

    Settings(JdbcClient jdbc, AuditTrail audit, CurrentActor actor, Clock clock, List<SettingsCatalog> catalogs) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.catalogs = List.copyOf(catalogs);
        catalogs.stream().flatMap(c -> c.settings().stream())
                .sorted(Comparator.comparing(SettingKey::key))
                .forEach(k -> keys.put(k.key(), k));
        this.stored = Caffeine.newBuilder().expireAfterWrite(CACHE_TIME).build(this::load);
    }

    /** The current value of a setting: the stored one, or the default. */
    public <T> T get(SettingKey<T> key) {
        return stored.get(key.key()).map(key::parse).orElse(key.defaultValue());
    }

    @Transactional(readOnly = true)
    public List<SettingView> list() {
        return keys.values().stream().map(this::view).toList();
    }

    /**
     * Changes a setting (audited); the value must parse as the setting's kind and fit the settings
     * it goes with ({@link SettingsCatalog#checkChange}).
     */
    @Transactional
    public SettingView set(String key, String value) {
        SettingKey<?> setting = keys.get(key);
        if (setting == null) {
            throw new NotFoundException("Setting", "设置", key);
        }
        setting.parse(value);
        catalogs.stream().filter(c -> c.settings().contains(setting)).forEach(c -> c.checkChange(key, value.strip()));
        SettingView before = view(setting);
        jdbc.sql("""
                insert into platform.setting (key, value, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at,
                  updated_by = excluded.updated_by""")
                .params(key, value.strip(), Timestamp.from(clock.instant()), actor.username())
                .update();
        stored.invalidate(key);
        SettingView after = view(setting);
        audit.record("setting.changed", "setting", key, before, after);
        return after;
    }

    private SettingView view(SettingKey<?> key) {
        var row = jdbc.sql("select value, updated_at, updated_by from platform.setting where key = ?")
                .param(key.key())
                .query((rs, n) -> new SettingView(key.key(), key.kind(), rs.getString(1), String.valueOf(key.defaultValue()),
                        key.description().zh(), key.description().en(), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
        return row.orElseGet(() -> new SettingView(key.key(), key.kind(), String.valueOf(key.defaultValue()),
                String.valueOf(key.defaultValue()), key.description().zh(), key.description().en(), null, null));
    }

    private Optional<String> load(String key) {
        return jdbc.sql("select value from platform.setting where key = ?").param(key).query(String.class).optional();
    }
}
