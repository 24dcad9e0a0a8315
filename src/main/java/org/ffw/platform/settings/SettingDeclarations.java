package org.ffw.platform.settings;

import java.util.List;

/**
 * What a procedure offers to the settings page: its settings, their defaults taken from its configuration. Each
 * procedure has one such bean ({@code SubsidySettings}, {@code CertificationSettings} …) and reads a case's values
 * through {@link Settings#of(String)}.
 */
public interface SettingDeclarations {

    List<Setting> settings();
}
