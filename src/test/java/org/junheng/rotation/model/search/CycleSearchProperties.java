package org.junheng.rotation.model.search;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junheng.registry.Subject;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junheng.rotation.model.score.RotationConstraints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On any small county and any feasible plan of exchanges, the cycle search keeps every hard rule
 * and never leaves the plan worse.
 */
class CycleSearchProperties {

    private static final SolverFactory<RotationSolution> CYCLES = SolverFactory.create(new SolverConfig()
            .withSolutionClass(RotationSolution.class)
            .withEntityClasses(Candidate.class)
            .withConstraintProviderClass(RotationConstraints.class)
            .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new CycleSearch())));

    /** Schools 0..n−1 at random longitudes, two teachers of each of two subjects, and exchanges between schools. */
    record County(List<Double> longitudes, List<Integer> exchanges, int required, List<Boolean> seniors) {

        RotationSolution plan() {
            SmallCounty county = new SmallCounty();
            int schools = longitudes.size();
            for (int s = 0; s < schools; s++) {
                county.school("S" + s, longitudes.get(s), s % 2 == 1);
                county.teacher("m" + s + "a", "S" + s, false, seniors.get(s)).teacher("m" + s + "b", "S" + s)
                        .teacher("c" + s + "a", "S" + s, Subject.CHINESE).teacher("c" + s + "b", "S" + s, Subject.CHINESE);
            }
            // exchange k pairs school k with the school k + 1 + exchanges[k], in maths or Chinese by parity
            for (int k = 0; k < exchanges.size() && k < schools; k++) {
                int other = (k + 1 + exchanges.get(k)) % schools;
                if (other == k) {
                    continue;
                }
                String prefix = k % 2 == 0 ? "m" : "c";
                String slot = k < other ? "a" : "b";
                county.moving(prefix + k + slot, "S" + other).moving(prefix + other + slot, "S" + k);
            }
            return county.requiredRotated(required).build();
        }
    }

    @Provide
    Arbitrary<County> counties() {
        return Arbitraries.integers().between(3, 6).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(120.0, 120.4).ofScale(2).list().ofSize(n),
                Arbitraries.integers().between(0, n - 2).list().ofMaxSize(n),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(true, false).list().ofSize(n)).as(County::new));
    }

    @Property(tries = 60)
    void theCycleSearchKeepsEveryHardRuleAndNeverMakesThePlanWorse(@ForAll("counties") County county) {
        RotationSolution plan = county.plan();
        HardSoftLongScore before = SolutionManager.<RotationSolution, HardSoftLongScore>create(CYCLES).update(plan);

        RotationSolution searched = CYCLES.buildSolver().solve(plan);

        Statistics.label("start").collect(before.hardScore() == 0 ? "feasible" : "breaks a rule");
        Statistics.label("search").collect(searched.score().compareTo(before) > 0 ? "improved" : "unchanged");
        assertThat(searched.score()).isGreaterThanOrEqualTo(before);
        if (before.hardScore() == 0) {
            assertThat(searched.score().hardScore()).isZero();
        }
    }
}
