package org.junheng.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junheng.assessment.Profile;
import org.junheng.assessment.ProfileRejected;
import org.junheng.assessment.ProvinceProfiles;
import org.junheng.registry.RegionCode;
import org.junheng.registry.RegionLevel;
import org.junheng.registry.Registry;
import org.junheng.security.Visibility;
import org.junheng.security.WriteScope;
import org.junheng.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The active assessment profile of a province: read within scope, set by its administrators. */
@RestController
@RequestMapping("/api/v1/profiles")
class ProfileController {

    private final ProvinceProfiles profiles;
    private final Visibility visibility;
    private final WriteScope writes;
    private final Registry registry;

    ProfileController(ProvinceProfiles profiles, Visibility visibility, WriteScope writes, Registry registry) {
        this.profiles = profiles;
        this.visibility = visibility;
        this.writes = writes;
        this.registry = registry;
    }

    /** A province's profile: its name, every value with the profile that set it, and the text it was set with. */
    record ProvinceProfile(String province, String name, String description, Map<String, Profile.Setting> settings,
                           String text) {
    }

    @GetMapping("/{province}")
    ProvinceProfile read(@PathVariable String province) {
        visibility.region("province", province(province));
        return view(province);
    }

    /** Sets the province's profile from a YAML or JSON text (the body); its kept results are made again. */
    @PutMapping(path = "/{province}", consumes = {MediaType.TEXT_PLAIN_VALUE, "application/yaml", "application/x-yaml",
            MediaType.APPLICATION_JSON_VALUE})
    ProvinceProfile set(@PathVariable String province, @RequestBody byte[] body) {
        writes.region("province", province(province));
        // YAML and JSON files are UTF-8; a client that says nothing of the charset means it too
        profiles.set(province, new String(body, StandardCharsets.UTF_8));
        return view(province);
    }

    /** Puts the province back on the national profile. */
    @DeleteMapping("/{province}")
    ProvinceProfile reset(@PathVariable String province) {
        writes.region("province", province(province));
        profiles.reset(province);
        return view(province);
    }

    private ProvinceProfile view(String province) {
        Profile profile = profiles.of(province);
        return new ProvinceProfile(province, profile.name(), profile.description(), profile.settings(),
                profiles.text(province).orElse(null));
    }

    /** The code, if it names a registered province; 404 otherwise. */
    private String province(String code) {
        if (!RegionCode.isValid(code) || new RegionCode(code).level() != RegionLevel.PROVINCE
                || registry.findRegion(code).isEmpty()) {
            throw new NotFoundException("province", code);
        }
        return code;
    }

    @ExceptionHandler
    ProblemDetail rejected(ProfileRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Profile rejected");
        problem.setProperty("errors", java.util.List.of(Map.of("field", e.key() == null ? "" : e.key(),
                "message", e.getMessage())));
        return problem;
    }
}
