package org.junheng.rotation;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.Profile;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.registry.PageOf;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Teacher;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.security.AuditTrail;
import org.junheng.web.ServerName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation planning on the server: a county's plan is searched in the background from the
 * registry's statistics and roster and the school pairs of its programmes, with its best score as it
 * goes; it can be stopped early. Jobs wait in a queue in the database, and each server that is free
 * claims the oldest (one job at a time per server, each job on one server only — see
 * docs/operations.md). The plan is kept in the database, so a restart loses no finished plan; while a
 * job solves, its best plan so far is kept every few seconds, and a job cut short by its server's
 * restart or disappearance is marked {@code interrupted} and offers that plan. Queued jobs survive a
 * restart and are solved when a server is free. An accepted plan becomes rotation placements of a
 * county-rotation programme for the next school year, which in turn feed guarantee item 11.
 */
@Service
public class RotationJobs implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RotationJobs.class);
    private static final int MAX_SECONDS = 600;
    /** How long a plan is searched for when the request does not say. */
    private static final int DEFAULT_SECONDS = 30;
    private static final int MAX_STEPS = 100_000;

    /** Refused: the county has no statistics for the year, the rules cannot be read, the plan cannot be accepted … */
    public static class JobRejected extends RuntimeException {

        private final String code;
        private final List<Object> args;

        /** @param code the message code of the refusal ({@code rotation.rejected.*}), said with {@code args} */
        JobRejected(String message, String code, Object... args) {
            super(message);
            this.code = code;
            this.args = List.of(args);
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args.toArray();
        }
    }

    private record Progress(String bestScore, int moves) {
    }

    private final JdbcRotationPlans plans;
    private final Registry registry;
    private final Assistance assistance;
    private final AuditTrail audit;
    private final AssessmentService assessments;
    private RotationPlanner planner;
    /** Solves one job at a time on this server; the others wait in the database's queue for any server. */
    private final ExecutorService solver = Executors.newSingleThreadExecutor(daemons("rotation-planner"));
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(daemons("rotation-queue"));
    private final AtomicBoolean lookPending = new AtomicBoolean();
    private final Map<Long, RotationPlanner.Stopper> stoppers = new ConcurrentHashMap<>();
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
    private final Set<Long> stopped = ConcurrentHashMap.newKeySet();

    /** How often a job keeps its best plan so far while it solves. */
    private final Duration checkpointEvery;
    /** How often this server beats for its job, looks for stop requests and at the queue. */
    private final Duration pollEvery;
    /** After how long without a heartbeat a job's server is taken for gone. */
    private final Duration silentAfter;
    private final ServerName serverName;
    private final Counter claimedHere;
    /** This server's name in the queue; set when the web server is up (a command-line run claims no jobs). */
    private volatile String server;
    private volatile boolean shuttingDown;
    private volatile boolean claiming;

    RotationJobs(JdbcRotationPlans plans, Registry registry, Assistance assistance, AuditTrail audit,
                 AssessmentService assessments,
                 @Value("${junheng.rotation.checkpoint-every:PT10S}") Duration checkpointEvery,
                 @Value("${junheng.rotation.poll-every:PT2S}") Duration pollEvery,
                 @Value("${junheng.rotation.silent-after:PT1M}") Duration silentAfter,
                 ServerName serverName, MeterRegistry meters) {
        this.claimedHere = Counter.builder("junheng.rotation.jobs.claimed")
                .description("Rotation planning jobs this server claimed from the queue and solved").register(meters);
        this.checkpointEvery = checkpointEvery;
        this.pollEvery = pollEvery;
        this.silentAfter = silentAfter;
        this.serverName = serverName;
        this.assessments = assessments;
        this.plans = plans;
        this.registry = registry;
        this.assistance = assistance;
        this.audit = audit;
    }

    private static CustomizableThreadFactory daemons(String name) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(name + "-");
        threads.setDaemon(true);
        return threads;
    }

    /**
     * Once the web server is up this server takes part in the queue: what it was solving before a
     * restart is marked interrupted, and it claims queued jobs until it stops (a lifecycle started
     * after the web server and stopped before it; a command-line run has no web server and claims nothing).
     */
    @Override
    public void start() {
        if (serverName.get().isEmpty()) {
            return;
        }
        if (server == null) {
            server = serverName.get().orElseThrow();
            markInterruptedJobs();
            long every = pollEvery.toMillis();
            ticks.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        }
        claiming = true;
        lookAtTheQueue();
    }

    /** Claims no more jobs; the one it solves goes on (until the server closes, see {@link #destroy()}). */
    @Override
    public void stop() {
        claiming = false;
    }

    @Override
    public boolean isRunning() {
        return claiming;
    }

    /** Marks interrupted the jobs this server was solving before it started and those whose server fell silent. */
    void markInterruptedJobs() {
        interrupt(server);
    }

    private void interrupt(String restarted) {
        int interrupted = plans.interruptAbandoned(restarted, Instant.now().minus(silentAfter));
        if (interrupted > 0) {
            log.info("{} rotation planning jobs were cut short by a restart / {} 个交流轮岗编制任务因重启中断", interrupted,
                    interrupted);
        }
    }

    private void tick() {
        try {
            for (long id : stoppers.keySet()) {
                Progress now = progress.get(id);
                if (plans.heartbeat(id, server, now == null ? null : now.bestScore(), now == null ? null : now.moves())) {
                    stopHere(id);
                }
            }
            interrupt(null);
            lookAtTheQueue();
        } catch (RuntimeException e) {
            log.warn("the rotation queue could not be read", e);
        }
    }

    /** Has the solver claim queued jobs once it is free (at most one look waits). */
    private void lookAtTheQueue() {
        if (claiming && !shuttingDown && lookPending.compareAndSet(false, true)) {
            solver.submit(() -> {
                lookPending.set(false);
                solveQueued();
            });
        }
    }

    private void solveQueued() {
        for (boolean claimed = true; claimed && claiming && !shuttingDown; ) {
            claimed = false;
            for (long id : plans.queued(5)) {
                if (claiming && !shuttingDown && plans.claim(id, server)) {
                    claimedHere.increment();
                    solve(id);
                    claimed = true;
                    break;
                }
            }
        }
    }

    /**
     * Starts planning a county's rotation.
     *
     * @param year  the statistics year (null: the latest)
     * @param rules a rules file's text (null: the defaults)
     * @throws JobRejected when there is nothing to plan from or the rules cannot be read
     */
    public RotationJob start(String countyCode, Integer year, String rules, Integer timeLimitSeconds, String user) {
        return start(countyCode, year, rules, Map.of(), budget(timeLimitSeconds, null, null), user);
    }

    /**
     * Starts planning a county's rotation by a time limit, or by a step budget and a seed (then the same
     * statistics, roster, rules and seed give the same plan).
     *
     * @param steps the step budget (null: by the time limit)
     * @param seed  the seed of the search's random choices (null: 0)
     */
    public RotationJob start(String countyCode, Integer year, String rules, Integer timeLimitSeconds, Integer steps, Long seed,
                             String user) {
        return start(countyCode, year, rules, Map.of(), budget(timeLimitSeconds, steps, seed), user);
    }

    private static SearchBudget budget(Integer timeLimit, Integer steps, Long seed) {
        int timeLimitSeconds = timeLimit == null ? DEFAULT_SECONDS : timeLimit;
        long s = seed == null ? 0 : seed;
        if (steps != null) {
            if (steps < 1 || steps > MAX_STEPS) {
                throw new JobRejected("steps: 1 to " + MAX_STEPS, "rotation.rejected.steps", MAX_STEPS);
            }
            return SearchBudget.steps(steps, s);
        }
        if (timeLimitSeconds < 1 || timeLimitSeconds > MAX_SECONDS) {
            throw new JobRejected("timeLimitSeconds: 1 to " + MAX_SECONDS, "rotation.rejected.time_limit", MAX_SECONDS);
        }
        return SearchBudget.time(Duration.ofSeconds(timeLimitSeconds), s);
    }

    /**
     * Solves a job's county again from its plan, with new rules (typically the officer's locks and
     * forbidden moves added).
     *
     * @throws JobRejected when the job has no plan yet
     */
    public RotationJob resolve(long id, String rules, Integer timeLimitSeconds, String user) {
        RotationJob job = job(id).orElseThrow(() -> new JobRejected("no rotation plan " + id, "rotation.rejected.no_plan", id));
        RotationPlan plan = plan(id).orElseThrow(() -> new JobRejected("plan " + id + " has no plan to start from yet",
                "rotation.rejected.no_start", id));
        Map<String, String> moves = new HashMap<>();
        plan.moves().forEach(m -> moves.put(m.teacherId(), m.toSchool()));
        return start(job.countyCode(), job.year(), rules, moves, budget(timeLimitSeconds, null, null), user);
    }

    /** The rules text a job was started with (empty for the defaults). */
    public String rules(long id) {
        return plans.rules(id).orElse("");
    }

    private RotationJob start(String countyCode, Integer year, String rules, Map<String, String> startFrom,
                              SearchBudget budget, String user) {
        parse(rules, assessments.profileOf(countyCode));
        int planYear = year != null ? year : registry.statisticsYears().stream().findFirst()
                .orElseThrow(() -> new JobRejected("no statistics have been imported", "rotation.rejected.no_statistics"));
        problem(countyCode, planYear);
        long id = plans.insert(countyCode, planYear, rules, budget, startFrom, user);
        audit.record("create", "rotation_plan", String.valueOf(id), countyCode, null,
                Map.of("county", countyCode, "year", planYear, "search", budget.toString()));
        lookAtTheQueue();
        return job(id).orElseThrow();
    }

    private static RotationRules parse(String rules, Profile profile) {
        if (rules == null || rules.isBlank()) {
            return RotationRules.defaults(profile);
        }
        try {
            return RotationRules.read(new StringReader(rules), RotationRules.defaults(profile));
        } catch (RotationRules.RulesRejected e) {
            throw new JobRejected("rules: " + e.getMessage(), "rotation.rejected.rules." + e.reason(),
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(e.key()), e.args().stream()).toArray());
        } catch (IllegalArgumentException | IOException e) {
            throw new JobRejected("rules: " + e.getMessage(), "rotation.rejected.rules_unreadable");
        }
    }

    private RotationProblem problem(String countyCode, int year) {
        List<SchoolYear> schools = registry.schoolYears(countyCode, year);
        if (schools.isEmpty()) {
            throw new JobRejected("county " + countyCode + " has no statistics for " + year,
                    "rotation.rejected.county_statistics", countyCode, String.valueOf(year));
        }
        List<Teacher> teachers = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageOf<Teacher> found = registry.findTeachers(null, countyCode, page, 500);
            teachers.addAll(found.content());
            if (page + 1 >= found.totalPages()) {
                break;
            }
        }
        if (teachers.isEmpty()) {
            throw new JobRejected("county " + countyCode + " has no teacher roster: import its teachers first",
                    "rotation.rejected.no_roster", countyCode);
        }
        String name = registry.countyNames(countyCode).getOrDefault(countyCode, countyCode);
        return RotationProblem.ofCounty(countyCode, name, year, schools, teachers, pairs(countyCode), null);
    }

    /** Schools already paired in the county's programmes: helper with helped, lead with member. */
    private Set<SchoolPair> pairs(String countyCode) {
        Set<SchoolPair> pairs = new HashSet<>();
        for (Programme programme : assistance.programmes(countyCode, null)) {
            for (Programme.Participant a : programme.schools()) {
                for (Programme.Participant b : programme.schools()) {
                    boolean helping = a.role() == SchoolRole.HELPER && b.role() == SchoolRole.HELPED
                            || a.role() == SchoolRole.LEAD && b.role() == SchoolRole.MEMBER;
                    if (helping) {
                        pairs.add(SchoolPair.of(a.schoolCode(), b.schoolCode()));
                    }
                }
            }
        }
        return pairs;
    }

    /** Solves a job this server claimed, from the data as it is now. */
    private void solve(long id) {
        try {
            JdbcRotationPlans.Queued job = plans.claimed(id).orElseThrow();
            Profile profile = assessments.profileOf(job.countyCode());
            RotationRules rules = parse(job.rules(), profile);
            RotationProblem problem = problem(job.countyCode(), job.year()).assessedBy(profile);
            RotationPlan plan = planner().plan(problem, rules, job.startFrom(), job.budget(),
                    (score, moves) -> progress.put(id, new Progress(score, moves)),
                    stopper -> {
                        stoppers.put(id, stopper);
                        if (stopped.contains(id)) {
                            stopper.stop();
                        }
                    },
                    new RotationPlanner.Checkpoint(checkpointEvery, best -> plans.checkpoint(id, best, RotationPlanJson.toJson(best))));
            String status = shuttingDown ? "interrupted" : stopped.contains(id) ? "stopped" : "finished";
            plans.finished(id, status, plan, RotationPlanJson.toJson(plan));
        } catch (RuntimeException e) {
            log.warn("Rotation plan {} failed", id, e);
            plans.failed(id, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            stoppers.remove(id);
            progress.remove(id);
            stopped.remove(id);
        }
    }

    private void stopHere(long id) {
        stopped.add(id);
        RotationPlanner.Stopper stopper = stoppers.get(id);
        if (stopper != null) {
            stopper.stop();
        }
    }

    /** Made on first use: building the solver's factory takes a moment the application's start need not wait for. */
    private synchronized RotationPlanner planner() {
        if (planner == null) {
            planner = new RotationPlanner();
        }
        return planner;
    }

    /** A job with its best score so far while it runs. */
    public Optional<RotationJob> job(long id) {
        return plans.find(id).map(this::withProgress);
    }

    private RotationJob withProgress(RotationJob job) {
        Progress now = progress.get(job.id());
        return now == null ? job : new RotationJob(job.id(), job.countyCode(), job.year(), job.status(), job.timeLimitSeconds(),
                now.bestScore(), now.moves(), job.feasible(), job.error(), job.createdBy(), job.startedAt(), job.finishedAt(),
                job.acceptedProgramme(), job.steps(), job.seed());
    }

    /** Jobs of the counties of a region (a code; null for all), newest first. */
    public List<RotationJob> jobs(String regionCode) {
        return plans.findByRegion(org.junheng.registry.RegionCode.prefixOf(regionCode)).stream().map(this::withProgress).toList();
    }

    /**
     * Stops a queued or running job early, on whichever server solves it; the best plan found so far
     * is kept.
     */
    public RotationJob stop(long id) {
        RotationJob job = job(id).orElseThrow(() -> new JobRejected("no rotation plan " + id, "rotation.rejected.no_plan", id));
        audit.record("stop", "rotation_plan", String.valueOf(id), job.countyCode(), null, Map.of("status", job.status()));
        if (!plans.cancelIfQueued(id)) {
            plans.requestStop(id);
            if (stoppers.containsKey(id)) {
                stopHere(id);
            }
        }
        return job;
    }

    /** The plan's JSON (as {@code junheng rotate} writes it), once the job has one. */
    public Optional<String> planJson(long id) {
        return plans.planJson(id);
    }

    /** A job's plan read back as the typed plan. */
    public Optional<RotationPlan> plan(long id) {
        return plans.planJson(id).map(RotationPlanJson::read);
    }

    /**
     * Accepts a plan: its moves become rotation placements 交流轮岗 of a county-rotation programme,
     * for the next school year (1 September after the statistics year, for one school year).
     *
     * @throws JobRejected when the job has no plan, the plan is not feasible, or it was accepted already
     */
    @Transactional
    public Programme accept(long id) {
        RotationJob job = job(id).orElseThrow(() -> new JobRejected("no rotation plan " + id, "rotation.rejected.no_plan", id));
        if (!job.hasPlan() || !Boolean.TRUE.equals(job.feasible())) {
            throw new JobRejected("only a finished, feasible plan can be accepted", "rotation.rejected.not_acceptable");
        }
        if (job.acceptedProgramme() != null) {
            throw new JobRejected("plan " + id + " was accepted already (programme " + job.acceptedProgramme() + ")",
                    "rotation.rejected.accepted_already", id, job.acceptedProgramme());
        }
        List<PlannedMove> moves = plan(id).orElseThrow().moves();
        Set<String> schools = new LinkedHashSet<>();
        moves.forEach(m -> {
            schools.add(m.fromSchool());
            schools.add(m.toSchool());
        });
        LocalDate start = LocalDate.of(job.year() + 1, 9, 1);
        Programme programme = assistance.createProgramme(new Programme(0, ProgrammeKind.COUNTY_ROTATION,
                "教师交流轮岗 " + (job.year() + 1) + "–" + (job.year() + 2) + " 学年（方案 " + id + "）", job.countyCode(), null,
                start, start.plusYears(1).minusDays(1), "县域义务教育学校教师交流轮岗（评估指标第11项）", "按交流轮岗方案 " + id + " 执行",
                schools.stream().map(s -> new Programme.Participant(s, SchoolRole.MEMBER)).toList(), 0));
        moves.forEach(m -> assistance.place(new Placement(0, programme.id(), PlacementKind.ROTATION,
                m.teacherId(), m.fromSchool(), m.toSchool(), start,
                start.plusYears(1).minusDays(1), 1, 0)));
        plans.accepted(id, programme.id());
        return programme;
    }

    /**
     * A server that shuts down cuts its job short: the best plan so far is kept and the job marked
     * interrupted (not finished: the search did not have its time).
     */
    @Override
    public void destroy() throws InterruptedException {
        shuttingDown = true;
        ticks.shutdownNow();
        stoppers.values().forEach(RotationPlanner.Stopper::stop);
        solver.shutdown();
        if (!solver.awaitTermination(10, TimeUnit.SECONDS)) {
            solver.shutdownNow();
        }
    }
}
