package org.junheng.rotation;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junheng.assessment.Profile;

import org.junheng.assessment.RotationEligibility;
import org.junheng.rotation.model.Weights;

/**
 * The rules a county's rotation plan follows, with the defaults of guarantee item 11 and the
 * common local rule; a {@code rules} file (properties, see docs/rotation.md) changes any of them,
 * and fixes (locks) or forbids moves.
 *
 * @param rotationShare   share of the eligible teachers who must rotate (0.10)
 * @param backboneShare   share of backbone teachers among those who rotate (0.20)
 * @param localRuleShare  share of the eligible special-grade teachers and subject leaders who must rotate (0.20; 0 for none)
 * @param locked          moves the officer fixed: teacher id → school code
 * @param forbidden       moves never to make: teacher id → school codes
 */
public record RotationRules(RotationEligibility eligibility, BigDecimal rotationShare, BigDecimal backboneShare,
                            BigDecimal localRuleShare, int maxHeadcountChange, int subjectSlack, double maxDistanceKm,
                            Weights weights, Map<String, String> locked, Map<String, Set<String>> forbidden) {

    public static final RotationRules DEFAULT = new RotationRules(RotationEligibility.DEFAULT, new BigDecimal("0.10"),
            new BigDecimal("0.20"), new BigDecimal("0.20"), 1, 0, 50, Weights.DEFAULT, Map.of(), Map.of());

    public RotationRules {
        locked = Map.copyOf(locked);
        forbidden = Map.copyOf(forbidden);
    }

    /** A rule that cannot be read, naming its key. */
    public static class RulesRejected extends RuntimeException {

        private final String key;
        private final String reason;
        private final List<String> args;

        /**
         * @param reason what is wrong, as a message code ({@code unknown}, {@code range}, {@code whole},
         *               {@code negative}, {@code number}, {@code share}) with its arguments (the value first)
         */
        RulesRejected(String key, String problem, String reason, String... args) {
            super(key + ": " + problem);
            this.key = key;
            this.reason = reason;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        public String reason() {
            return reason;
        }

        public List<String> args() {
            return args;
        }
    }

    /** The defaults with the rotation shares of a province's profile (guarantee item 11: 10% and 20% nationally). */
    public static RotationRules defaults(Profile profile) {
        Map<String, Profile.Setting> settings = profile.settings();
        return new RotationRules(DEFAULT.eligibility(), settings.get("guarantee.rotation_share").value(),
                settings.get("guarantee.rotation_backbone_share").value(), DEFAULT.localRuleShare(),
                DEFAULT.maxHeadcountChange(), DEFAULT.subjectSlack(), DEFAULT.maxDistanceKm(), DEFAULT.weights(),
                DEFAULT.locked(), DEFAULT.forbidden());
    }

    /** Reads a rules file; every key is optional and falls back to the default. */
    public static RotationRules read(Reader in) throws IOException {
        return read(in, DEFAULT);
    }

    /** Reads a rules file; every key is optional and falls back to {@code d}. */
    public static RotationRules read(Reader in, RotationRules d) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Set<String> known = new HashSet<>();
        Reading r = new Reading(p, known);
        RotationEligibility eligibility = new RotationEligibility(
                r.whole("eligibility.min-years-at-school", d.eligibility().minimumYears(), 0, 60),
                r.whole("eligibility.years-before-retirement", d.eligibility().yearsBeforeRetirement(), 0, 20),
                r.whole("eligibility.retirement-age.male", d.eligibility().retirementAgeMale(), 40, 80),
                r.whole("eligibility.retirement-age.female", d.eligibility().retirementAgeFemale(), 40, 80));
        Weights w = d.weights();
        Weights weights = new Weights(r.number("weight.standards", w.standards()), r.number("weight.coefficient", w.coefficient()),
                r.number("weight.senior-title-rural", w.seniorTitleRural()), r.number("weight.paired-schools", w.pairedSchools()),
                r.number("weight.distance", w.distance()), r.number("weight.move", w.move()),
                r.number("weight.compliant-school-stage", w.compliantSchoolStage()),
                r.number("weight.indicator-at-standard", w.indicatorAtStandard()));
        Map<String, String> locked = new HashMap<>();
        Map<String, Set<String>> forbidden = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("lock.")) {
                known.add(key);
                locked.put(key.substring(5), p.getProperty(key).strip());
            } else if (key.startsWith("forbid.")) {
                known.add(key);
                forbidden.put(key.substring(7), Set.of(p.getProperty(key).strip().split("\\s*,\\s*")));
            }
        }
        RotationRules rules = new RotationRules(eligibility, r.share("quota.rotation-share", d.rotationShare()),
                r.share("quota.backbone-share", d.backboneShare()), r.share("quota.local-rule-share", d.localRuleShare()),
                r.whole("limit.headcount-change", d.maxHeadcountChange(), 0, 100),
                r.whole("limit.subject-slack", d.subjectSlack(), 0, 100),
                r.number("limit.max-distance-km", d.maxDistanceKm()), weights, locked, forbidden);
        for (String key : p.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw new RulesRejected(key, "unknown rule", "unknown");
            }
        }
        return rules;
    }

    /** The teachers a share of {@code count} asks for, rounded up. */
    static int atLeast(BigDecimal share, long count) {
        return share.multiply(BigDecimal.valueOf(count)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private record Reading(Properties p, Set<String> known) {

        String raw(String key) {
            known.add(key);
            String value = p.getProperty(key);
            return value == null || value.isBlank() ? null : value.strip();
        }

        int whole(String key, int fallback, int min, int max) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    throw new RulesRejected(key, value + " is outside " + min + "–" + max, "range", value, String.valueOf(min),
                            String.valueOf(max));
                }
                return n;
            } catch (NumberFormatException e) {
                throw new RulesRejected(key, value + " is not a whole number", "whole", value);
            }
        }

        double number(String key, double fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            try {
                double n = Double.parseDouble(value);
                if (n < 0 || Double.isNaN(n) || Double.isInfinite(n)) {
                    throw new RulesRejected(key, value + " must be 0 or more", "negative", value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new RulesRejected(key, value + " is not a number", "number", value);
            }
        }

        BigDecimal share(String key, BigDecimal fallback) {
            String value = raw(key);
            if (value == null) {
                return fallback;
            }
            try {
                BigDecimal share = new BigDecimal(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
                if (value.endsWith("%")) {
                    share = share.movePointLeft(2);
                }
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    throw new RulesRejected(key, value + " is not a share between 0 and 1 (or 0%–100%)", "share", value);
                }
                return share;
            } catch (NumberFormatException e) {
                throw new RulesRejected(key, value + " is not a share such as 0.1 or 10%", "share", value);
            }
        }
    }
}
