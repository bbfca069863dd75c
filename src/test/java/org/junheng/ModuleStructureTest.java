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

    /** The module diagram of docs/modules is drawn from the code; this writes it anew under target/. */
    @Test
    void theModuleDiagramIsDrawnFromTheCode() {
        new org.springframework.modulith.docs.Documenter(modules,
                org.springframework.modulith.docs.Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(java.nio.file.Path.of("target/modules/components.puml")).exists();
    }

    @Test
    void theCapabilityModulesAreThoseOfTheDesign() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder(
                "registry", "registry.web", "assessment", "assistance", "rotation", "importing", "reporting", "security",
                "web", "cli");
    }

    /** The shared page kit stands below every module's pages: it knows the registry's vocabulary and nothing else. */
    @Test
    void theWebKitDependsOnTheRegistryAlone() {
        assertThat(modules.getModuleByName("web").orElseThrow().getDirectDependencies(modules).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString()).distinct())
                .containsExactly("registry");
    }
}
