package org.junheng;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(Junheng.class);

    @Test
    void modulesOnlyUseEachOthersTopLevelApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theCapabilityModulesAreThoseOfTheDesign() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("registry", "assessment", "assistance", "rotation", "importing", "reporting", "security", "web", "cli");
    }
}
