package org.junheng.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junheng.registry.Stage;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A provincial profile (docs/assessment.md, "Provincial profiles"): every number of the method — standards, coefficient
 * limits, the school rule, stage weights, guarantee, quality and recognition thresholds — with
 * where each comes from, and the relaxations a province applies. A profile is a YAML or JSON file
 * that names what it changes and {@code extends} another profile (the built-in {@code national} by
 * default); every key is checked, and a key the method does not know, a value out of its range or
 * a missing one is refused naming the key.
 */
public final class Profile {

    /** One number of a profile and the profile that set it. */
    public record Setting(BigDecimal value, String source) {
    }

    public static final String NATIONAL = "national";

    /** The relaxation (true or false) by which item 3 counts the rooms that meet the area instead of judging the smallest. */
    static final String ROOMS_COUNTED_BY_AREA = "relaxations.rooms_counted_by_area";

    private static final Map<String, Profile> BUILT_IN = new LinkedHashMap<>();

    /** Relaxation keys a profile may give; none is in the national profile. */
    private static final Set<String> RELAXATIONS = Set.of(
            "relaxations.older_rooms.built_before", "relaxations.older_rooms.music_room_area",
            "relaxations.older_rooms.art_room_area",
            "relaxations.small_rural_rooms.students_below", "relaxations.small_rural_rooms.music_room_area",
            "relaxations.small_rural_rooms.art_room_area",
            "relaxations.existing_school_size.built_before", "relaxations.existing_school_size.school_size",
            "relaxations.existing_school_size.through_school_size", ROOMS_COUNTED_BY_AREA);

    private final String name;
    private final String description;
    private final Map<String, Setting> settings;

    private Profile(String name, String description, Map<String, Setting> settings) {
        this.name = name;
        this.description = description;
        this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    public static Profile national() {
        return builtIn(NATIONAL).orElseThrow();
    }

    /** A built-in profile by name. */
    public static synchronized Optional<Profile> builtIn(String name) {
        if (!BUILT_IN.containsKey(name)) {
            try (InputStream in = Profile.class.getResourceAsStream("profiles/" + name + ".yaml")) {
                if (in == null) {
                    return Optional.empty();
                }
                BUILT_IN.put(name, read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".yaml", null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(BUILT_IN.get(name));
    }

    /**
     * A built-in profile's name or a profile file; a file's {@code extends} names a built-in profile or a
     * file beside it.
     *
     * @throws ProfileRejected naming the key at fault
     */
    public static Profile load(String nameOrFile) {
        Optional<Profile> builtIn = builtIn(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new ProfileRejected(null, "no built-in profile or file named " + nameOrFile);
        }
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), file.getParent());
        } catch (IOException e) {
            throw new ProfileRejected(null, file + ": " + e.getMessage());
        }
    }

    /** Reads a profile from its text (for profiles kept by the server). */
    public static Profile parse(String text, String source) {
        return read(text, source, null);
    }

    private static Profile read(String text, String source, Path directory) {
        Object document;
        try (Reader reader = new java.io.StringReader(text)) {
            document = yaml().load(reader);
        } catch (RuntimeException | IOException e) {
            throw new ProfileRejected(null, source + " is not YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new ProfileRejected(null, source + " holds no profile (a map of keys expected)");
        }
        Object nameValue = map.get("profile");
        if (!(nameValue instanceof String name) || name.isBlank()) {
            throw new ProfileRejected("profile", "the profile needs a name");
        }
        Object parentValue = map.containsKey("extends") ? map.get("extends") : NATIONAL.equals(name) ? null : NATIONAL;
        Map<String, Setting> settings = new TreeMap<>();
        if (parentValue != null) {
            if (!(parentValue instanceof String parentName)) {
                throw new ProfileRejected("extends", "the name of a profile expected");
            }
            Profile parent = builtIn(parentName).orElseGet(() -> {
                if (directory == null || !Files.isRegularFile(directory.resolve(parentName))) {
                    throw new ProfileRejected("extends", "no built-in profile or file beside it named " + parentName);
                }
                return load(directory.resolve(parentName).toString());
            });
            settings.putAll(parent.settings);
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", map, flat);
        flat.remove("profile");
        flat.remove("extends");
        Object description = flat.remove("description");
        Set<String> known = parentValue == null ? null : national().settings.keySet();
        for (Map.Entry<String, Object> entry : flat.entrySet()) {
            String key = entry.getKey();
            if (known != null && !known.contains(key) && !RELAXATIONS.contains(key)) {
                throw new ProfileRejected(key, "not a key of the method; see `junheng profile show national`");
            }
            settings.put(key, new Setting(ProfileRules.check(key, entry.getValue()), name));
        }
        ProfileRules.checkRelaxations(settings);
        return new Profile(name, description == null ? null : String.valueOf(description), settings);
    }

    /** YAML (or JSON) whose scalars stay text, so that 0.50 is read as written rather than as the double 0.5. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> flat) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, flat);
            } else {
                flat.put(key, entry.getValue());
            }
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Every number, by dotted key, with the profile that set it. */
    public Map<String, Setting> settings() {
        return settings;
    }

    BigDecimal number(String key) {
        Setting setting = settings.get(key);
        if (setting == null) {
            throw new IllegalStateException("the profile lacks " + key);
        }
        return setting.value();
    }

    Optional<BigDecimal> optional(String key) {
        return Optional.ofNullable(settings.get(key)).map(Setting::value);
    }

    /** The stage weights for splitting whole-school resources. */
    public StageWeights stageWeights() {
        return new StageWeights(number("stage_weights.primary"), number("stage_weights.junior"),
                number("stage_weights.senior"));
    }

    /** The method with this profile's standards, limits and school rule. */
    public AssessmentMethod apply(AssessmentMethod method) {
        boolean basic = method.judgedByComposite();
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : method.indicators()) {
            if (indicator.standards().isEmpty()) {
                indicators.add(indicator);
                continue;
            }
            Map<Stage, BigDecimal> standards = new java.util.EnumMap<>(Stage.class);
            for (Stage stage : indicator.standards().keySet()) {
                standards.put(stage, number("standards." + stage.key() + "." + indicator.code()));
            }
            indicators.add(new Indicator(indicator.code(), indicator.chineseName(), indicator.englishName(),
                    indicator.resource(), indicator.scale(), standards));
        }
        String limits = basic ? "basic_2012.limits." : "limits.";
        Map<Stage, BigDecimal> coefficientLimits = Map.of(Stage.PRIMARY, number(limits + "primary"),
                Stage.JUNIOR, number(limits + "junior"));
        SchoolRule rule = method.schoolRule() == null ? null
                : new SchoolRule(number("school_rule.minimum_met").intValueExact(), number("school_rule.floor_share"));
        return new AssessmentMethod(method.key(), method.chineseName(), indicators, coefficientLimits,
                method.judgedByComposite(), rule, method.scope());
    }
}
