package com.csdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map: each top-level package under com.csdesk is a module whose API is its top
 * package; a module that reaches into another's internals, or a dependency cycle, fails here.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CsDeskApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void documentsTheModuleMap() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
