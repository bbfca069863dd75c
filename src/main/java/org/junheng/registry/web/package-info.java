/**
 * The registry's API over HTTP: regions, schools, teachers and county facts as the caller's scope
 * shows them. A module of its own, nested in the registry, because it applies the caller's scope
 * (security), which itself stands on the registry.
 */
@ApplicationModule(displayName = "registry web")
package org.junheng.registry.web;

import org.springframework.modulith.ApplicationModule;
