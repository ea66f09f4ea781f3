package com.csdesk.settings;

import java.util.List;

/** Implemented by each module that has settings, so ops can list and change them. */
public interface SettingsCatalog {

    List<SettingKey<?>> settings();
}
