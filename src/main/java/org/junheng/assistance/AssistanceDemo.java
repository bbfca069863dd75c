package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junheng.importing.DemoLoaded;
import org.junheng.registry.LocationClass;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo province's assistance programmes, modelled on the real programmes of docs/assistance.md ("Demo data"): the "4+4" pairing with 54
 * shadowing placements in 4 batches, the "1+1+N" group helping 70 schools in 7 counties with 904
 * support-teaching placements in 3 batches and about 280 visits, liaison teams for the mountain and
 * island counties, and education communities of the three types — with needs in every state.
 * Added when the demo province has just been loaded into an empty database.
 */
@Component
class AssistanceDemo {

    static final String PAIRING_NAME = "“4+4”结对帮扶（示范省实验学校—青岭县）";
    static final String GROUP_NAME = "“1+1+N”组团式帮扶（7县70校）";
    static final List<String> GROUP_COUNTIES = List.of("990121", "990122", "990123", "990124", "990221", "990222", "990323");
    private static final String PROVINCE = "990000";
    private static final String CITY_DISTRICT = "990302";
    private static final String SECOND_DISTRICT = "990303";
    static final String MOUNTAIN_COUNTY = "990326";
    private static final Logger log = LoggerFactory.getLogger(AssistanceDemo.class);

    private final Assistance assistance;
    private final Registry registry;

    private final People people;
    private final Outreach outreach;
    private final Studios studios;
    private final SchoolRelations relations;

    AssistanceDemo(Assistance assistance, Registry registry, People people, Outreach outreach, Studios studios,
                   SchoolRelations relations) {
        this.studios = studios;
        this.relations = relations;
        this.assistance = assistance;
        this.registry = registry;
        this.people = people;
        this.outreach = outreach;
    }

    @EventListener
    void demoLoaded(DemoLoaded event) {
        createProgrammes();
    }

    void createProgrammes() {
        SplittableRandom random = new SplittableRandom(2025);
        fourPlusFour(random);
        onePlusOnePlusN(random);
        liaisonTeams();
        communities();
        mountainCountyCommunities();
        log.info("Demo assistance programmes loaded / 已载入示范帮扶项目");
    }

    private List<School> schools(String county, SchoolType type, LocationClass location, int count) {
        return registry.findSchools(new SchoolQuery(county, type, location), 0, count).content();
    }

    private static List<Programme.Participant> participants(List<School> schools, SchoolRole role) {
        return schools.stream().map(s -> new Programme.Participant(s.code(), role)).toList();
    }

    private void fourPlusFour(SplittableRandom random) {
        List<School> helpers = new ArrayList<>(schools(CITY_DISTRICT, SchoolType.PRIMARY, LocationClass.URBAN, 2));
        helpers.addAll(schools(CITY_DISTRICT, SchoolType.JUNIOR, LocationClass.URBAN, 2));
        List<School> helped = new ArrayList<>(schools("990121", SchoolType.PRIMARY, null, 2));
        helped.addAll(schools("990121", SchoolType.JUNIOR, null, 2));
        List<Programme.Participant> members = new ArrayList<>(participants(helpers, SchoolRole.HELPER));
        members.addAll(participants(helped, SchoolRole.HELPED));
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, PAIRING_NAME, PROVINCE, null,
                LocalDate.of(2020, 9, 1), null, "薄弱学科建设；远程课堂同备同研；学生手拉手",
                "三个精准：精准施策、精准选人、精准建设学科", members, 0));
        int[] batchSizes = {14, 14, 13, 13};
        int person = 0;
        for (int batch = 1; batch <= batchSizes.length; batch++) {
            LocalDate start = LocalDate.of(2023, 3, 1).plusMonths(2L * (batch - 1));
            for (int i = 0; i < batchSizes[batch - 1]; i++) {
                person++;
                School from = helped.get(person % helped.size());
                School to = helpers.get(person % helpers.size());
                assistance.place(new Placement(0, pairing.id(), PlacementKind.SHADOWING, "青岭县跟岗教师" + person, from.code(),
                        to.code(), start, start.plusDays(random.nextBoolean() ? 6 : 90), batch, 0));
            }
        }
        needsInEveryState(pairing, helped);
        pairingOutcomes(pairing, helped);
        for (int i = 0; i < helped.size(); i++) {
            outreach.open(new RemoteClassroom(0, pairing.id(), helped.get(i).code(), helpers.get(i).code(),
                    RemoteClassroomKind.DELIVERED_CLASS, LocalDate.of(2020, 11, 1)));
        }
        outreach.record(new Donation(0, pairing.id(), helped.get(1).code(), "省实验中学教职工", "教学楼维修资金",
                new BigDecimal("380000.00"), LocalDate.of(2021, 5, 20)));
        String[] classes = {"三年级(1)班", "四年级(2)班", "五年级(1)班"};
        for (int i = 0; i < classes.length; i++) {
            outreach.pair(new ClassPairing(0, pairing.id(), helped.get(0).code(), classes[i], helpers.get(0).code(),
                    classes[i], 36 + i * 3, LocalDate.of(2021, 3, 1)));
        }
        for (int i = 0; i < 24; i++) {
            School at = helped.get(i % helped.size());
            assistance.record(new Activity(0, pairing.id(), i % 3 == 0 ? ActivityKind.SAME_LESSON : ActivityKind.TEACHING_RESEARCH,
                    LocalDate.of(2023, 2, 20).plusWeeks(i), at.code(), at.name(), "省实验学校名师团队", i % 2 == 0 ? "math" : "chinese",
                    1 + random.nextInt(3), 10 + random.nextInt(30), i % 3 == 0 ? 40 + random.nextInt(20) : 0,
                    BigDecimal.valueOf(2), null, 4 + random.nextInt(2), null, 0));
        }
    }

    private void onePlusOnePlusN(SplittableRandom random) {
        List<School> helpers = new ArrayList<>(schools(CITY_DISTRICT, null, LocationClass.URBAN, 3));
        helpers.addAll(schools(SECOND_DISTRICT, null, LocationClass.URBAN, 3));
        helpers.removeIf(s -> s.type() == SchoolType.SPECIAL);
        List<School> helped = new ArrayList<>();
        for (String county : GROUP_COUNTIES) {
            List<School> ten = new ArrayList<>(schools(county, SchoolType.PRIMARY, null, 10));
            if (ten.size() < 10) {
                ten.addAll(schools(county, SchoolType.JUNIOR, null, 10 - ten.size()));
            }
            helped.addAll(ten);
        }
        List<Programme.Participant> members = new ArrayList<>(participants(helpers, SchoolRole.HELPER));
        // seven areas 片区, one in each county
        helped.forEach(school -> members.add(new Programme.Participant(school.code(), SchoolRole.HELPED,
                "第" + (GROUP_COUNTIES.indexOf(school.countyCode()) + 1) + "片区")));
        Programme group = assistance.createProgramme(new Programme(0, ProgrammeKind.GROUP, GROUP_NAME, PROVINCE, null,
                LocalDate.of(2019, 6, 1), null, "1个专家团队+1个培训机构+N所优质学校，精准帮扶70所义务教育学校",
                "调研诊断、点对点帮扶方案、送教到校、示范课与评课、座谈", members, 0));
        Organisation institution = people.register(new Organisation(0, "示范省教师发展学院", OrganisationKind.TRAINING_INSTITUTION,
                PROVINCE, 0));
        people.join(new Member(0, group.id(), null, institution.id(), MemberRole.TRAINING_INSTITUTION));
        for (int i = 1; i <= 5; i++) {
            Person expert = people.register(new Person(0, "专家团队成员" + i, PersonKind.EXPERT, i == 1 ? "团队负责人" : null, null,
                    PROVINCE, 0));
            people.join(new Member(0, group.id(), expert.id(), null, i == 1 ? MemberRole.TEAM_LEADER : MemberRole.EXPERT));
        }
        int[] batchSizes = {302, 301, 301};
        int person = 0;
        for (int batch = 1; batch <= batchSizes.length; batch++) {
            LocalDate start = LocalDate.of(2019, 9, 1).plusYears(batch - 1);
            for (int i = 0; i < batchSizes[batch - 1]; i++) {
                person++;
                assistance.place(new Placement(0, group.id(), PlacementKind.SUPPORT_TEACHING, "工作室支教教师" + person,
                        helpers.get(person % helpers.size()).code(), helped.get(person % helped.size()).code(), start,
                        start.plusMonths(4 + random.nextInt(6)), batch, 0));
            }
        }
        ActivityKind[] kinds = {ActivityKind.DIAGNOSIS, ActivityKind.LECTURE, ActivityKind.DEMONSTRATION_LESSON,
                ActivityKind.LESSON_CRITIQUE, ActivityKind.SYMPOSIUM, ActivityKind.TEACHING_TO_COUNTRYSIDE, ActivityKind.TRAINING};
        for (int i = 0; i < 280; i++) {
            School at = helped.get(i % helped.size());
            assistance.record(new Activity(0, group.id(), kinds[i % kinds.length], LocalDate.of(2019, 9, 10).plusDays(4L * i),
                    at.code(), at.name(), "专家团队", null, 1 + random.nextInt(3), 30 + random.nextInt(40), 0,
                    BigDecimal.valueOf(2 + random.nextInt(5)), null, 3 + random.nextInt(3), null, 0));
        }
        needsInEveryState(group, helped.subList(0, 8));
        groupRelations(group, helpers, helped);
        studios.setUp(new Studio(0, "乡村名师工作室", StudioKind.FAMOUS_TEACHER, OutcomeLevel.COUNTY, helped.get(5).code(), null,
                false, group.id(), LocalDate.of(2020, 3, 15), 0));
        assistance.recordOutcome(new Outcome(0, group.id(), OutcomeKind.HONOUR, OutcomeLevel.PROVINCE, "省级名校长",
                helped.get(12).code(), "受援校校长12", LocalDate.of(2021, 9, 15), Honour.FAMOUS_PRINCIPAL, null, null, 0));
        outcome(group, OutcomeKind.RESEARCH_COMPLETED, OutcomeLevel.CITY, "市级课题结题：农村小学数学课堂诊断",
                helped.get(20), null, 2021, 12);
        assistance.recordOutcome(new Outcome(0, group.id(), OutcomeKind.CONTEST_AWARD, OutcomeLevel.PROVINCE,
                "省青年教师教学技能大赛二等奖", helped.get(33).code(), "受援校教师33", LocalDate.of(2022, 11, 15), null, 2, null, 0));
    }

    /**
     * Seed 002's relations: 72 schools of the province become friendship schools of the helped schools;
     * one helped school's leadership is entrusted to a supporting team; cadres are seconded to the
     * seven county bureaus and into three helped schools' leadership.
     */
    private void groupRelations(Programme group, List<School> helpers, List<School> helped) {
        List<School> friends = new ArrayList<>();
        for (String district : List.of(CITY_DISTRICT, SECOND_DISTRICT)) {
            friends.addAll(schools(district, null, LocationClass.URBAN, 40).stream().filter(s -> s.type() != SchoolType.SPECIAL)
                    .limit(36).toList());
        }
        for (int i = 0; i < friends.size(); i++) {
            relations.relate(new SchoolRelation(0, RelationKind.FRIENDSHIP, helped.get(i % helped.size()).code(),
                    friends.get(i).code(), null, group.id(), LocalDate.of(2020, 9, 1).plusDays(i), null));
        }
        Organisation team = people.register(new Organisation(0, "援凉学校管理团队", OrganisationKind.OTHER, PROVINCE, 0));
        relations.relate(new SchoolRelation(0, RelationKind.ENTRUSTED_MANAGEMENT, helped.get(0).code(), helpers.get(0).code(),
                team.id(), group.id(), LocalDate.of(2020, 2, 1), null));
        for (int i = 0; i < GROUP_COUNTIES.size(); i++) {
            String county = GROUP_COUNTIES.get(i);
            Organisation bureau = people.register(new Organisation(0, registry.findRegion(county).orElseThrow().name() + "教育局",
                    OrganisationKind.BUREAU, county, 0));
            assistance.place(new Placement(0, group.id(), PlacementKind.SECONDMENT, "挂职干部" + (i + 1), helpers.get(i % helpers.size())
                    .code(), null, LocalDate.of(2020, 3, 1), LocalDate.of(2021, 2, 28), 1, bureau.id(), 0));
        }
        for (int i = 0; i < 3; i++) {
            assistance.place(new Placement(0, group.id(), PlacementKind.SECONDMENT, "挂职副校长" + (i + 1),
                    helpers.get(i).code(), helped.get(10 * i + 1).code(), LocalDate.of(2020, 3, 1), LocalDate.of(2021, 2, 28), 1, 0));
        }
    }

    private void liaisonTeams() {
        Organisation researchInstitute = people.register(new Organisation(0, "示范省教育科学研究院", OrganisationKind.RESEARCH_OFFICE, PROVINCE, 0));
        for (String county : List.of("990121", "990122", "990123", "990124", "990221", "990222")) {
            List<School> linked = schools(county, SchoolType.JUNIOR, null, 3);
            if (linked.isEmpty()) {
                continue;
            }
            Programme team = assistance.createProgramme(new Programme(0, ProgrammeKind.LIAISON, "教研员联系县（3人小组）" + county,
                    county, null, LocalDate.of(2024, 2, 26), null, "每学期入校指导不少于4次", "听课评课、教研活动、诊断",
                    participants(linked, SchoolRole.HELPED), 0));
            String[] subjects = {"语文", "数学", "英语"};
            for (int i = 0; i < subjects.length; i++) {
                Person researcher = people.register(new Person(0, county + "联系组" + subjects[i] + "教研员", PersonKind.RESEARCHER,
                        "初中" + subjects[i] + "教研员", researchInstitute.id(), PROVINCE, 0));
                people.join(new Member(0, team.id(), researcher.id(), null, i == 0 ? MemberRole.TEAM_LEADER : MemberRole.TEAM_MEMBER));
            }
        }
    }

    /**
     * Seed 004's mountain county: 30 co-built, 14 collaborative and 2 integrated communities covering
     * every compulsory school, each led by an urban or town school; 8 famous principals, 48 famous
     * teachers and 452 backbone teachers honoured at its rural schools; 28 famous-teacher studios moved
     * down to rural schools.
     */
    private void mountainCountyCommunities() {
        List<School> all = registry.findSchools(new SchoolQuery(MOUNTAIN_COUNTY, null, null), 0, 1000).content().stream()
                .filter(s -> s.type() != SchoolType.SPECIAL).toList();
        List<School> leads = all.stream().filter(s -> s.location() != LocationClass.RURAL).limit(46).toList();
        List<School> others = all.stream().filter(s -> !leads.contains(s)).toList();
        List<List<Programme.Participant>> members = new ArrayList<>();
        for (School lead : leads) {
            members.add(new ArrayList<>(List.of(new Programme.Participant(lead.code(), SchoolRole.LEAD))));
        }
        for (int i = 0; i < others.size(); i++) {
            members.get(i % leads.size()).add(new Programme.Participant(others.get(i).code(), SchoolRole.MEMBER));
        }
        List<Programme> communities = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            CommunityType type = i < 30 ? CommunityType.CO_BUILT : i < 44 ? CommunityType.COLLABORATIVE : CommunityType.INTEGRATED;
            communities.add(assistance.createProgramme(new Programme(0, ProgrammeKind.COMMUNITY, leads.get(i).name() + "城乡教共体（"
                    + type.chineseName() + "）", MOUNTAIN_COUNTY, type, LocalDate.of(2022, 9, 1), null, "城乡学校共同发展",
                    "统一教研、师资共享、同上一节课", members.get(i), 0)));
        }
        List<School> rural = others.stream().filter(s -> s.location() == LocationClass.RURAL).toList();
        Object[][] honours = {{Honour.FAMOUS_PRINCIPAL, 8, "县级名校长"}, {Honour.FAMOUS_TEACHER, 48, "县级名师"},
            {Honour.BACKBONE_TEACHER, 452, "县级骨干教师"}};
        int n = 0;
        for (Object[] honour : honours) {
            for (int i = 0; i < (int) honour[1]; i++, n++) {
                School at = rural.get(n % rural.size());
                assistance.recordOutcome(new Outcome(0, communityOf(communities, at).id(), OutcomeKind.HONOUR, OutcomeLevel.COUNTY,
                        (String) honour[2], at.code(), "山区县教师" + (n + 1), LocalDate.of(2023 + n % 2, 9, 10),
                        (Honour) honour[0], null, null, 0));
            }
        }
        for (int i = 0; i < 28; i++) {
            School at = rural.get(i % rural.size());
            studios.setUp(new Studio(0, "下沉名师工作室" + (i + 1), StudioKind.FAMOUS_TEACHER, OutcomeLevel.COUNTY, at.code(),
                    "县级名师" + (i + 1), true, communityOf(communities, at).id(), LocalDate.of(2023, 3, 1), 0));
        }
    }

    private static Programme communityOf(List<Programme> communities, School school) {
        return communities.stream().filter(c -> c.schools().stream().anyMatch(s -> s.schoolCode().equals(school.code())))
                .findFirst().orElseThrow();
    }

    private void communities() {
        List<School> leads = schools(SECOND_DISTRICT, SchoolType.NINE_YEAR, null, 3);
        List<School> members = schools(SECOND_DISTRICT, SchoolType.PRIMARY, LocationClass.RURAL, 9);
        CommunityType[] types = CommunityType.values();
        for (int i = 0; i < Math.min(types.length, leads.size()); i++) {
            List<Programme.Participant> schools = new ArrayList<>();
            schools.add(new Programme.Participant(leads.get(i).code(), SchoolRole.LEAD));
            for (int m = i * 3; m < Math.min(members.size(), i * 3 + 3); m++) {
                schools.add(new Programme.Participant(members.get(m).code(), SchoolRole.MEMBER));
            }
            assistance.createProgramme(new Programme(0, ProgrammeKind.COMMUNITY, "城乡教育共同体（" + types[i].chineseName() + "）"
                    + (i + 1), SECOND_DISTRICT, types[i], LocalDate.of(2021, 9, 1), null, "城乡学校共同发展", "统一教研、师资共享",
                    schools, 0));
        }
    }

    /**
     * Seed 001's outcomes: 6 provincial famous teachers, 2 famous principals, 91 backbone teachers,
     * 1 academic leader, 5 demonstration schools; 2 "red gardener" and 6 rural chief-teacher studios;
     * 62 first and second prizes in provincial quality-lesson contests; 48 provincial research
     * projects approved, 20 of them also completed (each counted once).
     */
    private void pairingOutcomes(Programme pairing, List<School> helped) {
        int n = 0;
        Object[][] honours = {{Honour.FAMOUS_TEACHER, 6, "省级名师"}, {Honour.FAMOUS_PRINCIPAL, 2, "省级名校长"},
            {Honour.BACKBONE_TEACHER, 91, "省级骨干教师"}, {Honour.ACADEMIC_LEADER, 1, "省级学科带头人"}};
        for (Object[] honour : honours) {
            for (int i = 0; i < (int) honour[1]; i++, n++) {
                assistance.recordOutcome(new Outcome(0, pairing.id(), OutcomeKind.HONOUR, OutcomeLevel.PROVINCE, (String) honour[2],
                        helped.get(n % helped.size()).code(), "青岭县教师" + (n + 1), LocalDate.of(2021 + n % 3, 9, 10),
                        (Honour) honour[0], null, null, 0));
            }
        }
        for (int i = 0; i < 5; i++) {
            assistance.recordOutcome(new Outcome(0, pairing.id(), OutcomeKind.HONOUR, OutcomeLevel.PROVINCE, "省级校本研修示范校",
                    helped.get(i % helped.size()).code(), null, LocalDate.of(2022, 12, 1), Honour.DEMONSTRATION_SCHOOL, null,
                    null, 0));
        }
        for (int i = 0; i < 8; i++) {
            studios.setUp(new Studio(0, i < 2 ? "红烛园丁工作室" + (i + 1) : "省乡村首席教师工作室" + (i - 1),
                    i < 2 ? StudioKind.OTHER : StudioKind.RURAL_CHIEF_TEACHER, OutcomeLevel.PROVINCE,
                    helped.get(i % helped.size()).code(), "青岭县教师" + (i + 1), false, pairing.id(), LocalDate.of(2022, 3, 1), 0));
        }
        for (int i = 0; i < 62; i++) {
            assistance.recordOutcome(new Outcome(0, pairing.id(), OutcomeKind.CONTEST_AWARD, OutcomeLevel.PROVINCE,
                    "省优质课评比" + (i < 40 ? "一等奖" : "二等奖"), helped.get(i % helped.size()).code(), "青岭县教师" + (i + 11),
                    LocalDate.of(2021 + i % 3, 11, 20), null, i < 40 ? 1 : 2, null, 0));
        }
        for (int i = 0; i < 48; i++) {
            String project = "豫教研〔2021〕" + (101 + i) + "号";
            School at = helped.get(i % helped.size());
            assistance.recordOutcome(new Outcome(0, pairing.id(), OutcomeKind.RESEARCH_APPROVED, OutcomeLevel.PROVINCE,
                    "省级课题立项：山区学校课堂研究" + (i + 1), at.code(), null, LocalDate.of(2021, 6, 1), null, null, project, 0));
            if (i < 20) {
                assistance.recordOutcome(new Outcome(0, pairing.id(), OutcomeKind.RESEARCH_COMPLETED, OutcomeLevel.PROVINCE,
                        "省级课题结题：山区学校课堂研究" + (i + 1), at.code(), null, LocalDate.of(2023, 6, 1), null, null, project, 0));
            }
        }
    }

    private void outcome(Programme programme, OutcomeKind kind, OutcomeLevel level, String title, School school,
                         String person, int year, int month) {
        assistance.recordOutcome(new Outcome(0, programme.id(), kind, level, title, school.code(), person,
                LocalDate.of(year, month, 15), 0));
    }

    private void needsInEveryState(Programme programme, List<School> helped) {
        String[][] needs = {{"math", "课堂教学", "青年数学教师课堂教学需要示范引领"}, {"english", "课堂教学", "英语听说教学缺少专任教师"},
            {null, "学校管理", "教研组建设与校本研修制度"}, {"art", "课堂教学", "美术课开不齐开不足"}};
        for (int i = 0; i < needs.length; i++) {
            Need need = assistance.raiseNeed(programme.id(), helped.get(i % helped.size()).code(), needs[i][0], needs[i][1],
                    needs[i][2], LocalDate.of(2023, 3, 1));
            NeedState[] path = {NeedState.PLANNED, NeedState.ADDRESSED, NeedState.CONFIRMED};
            for (int step = 0; step < i && step < path.length; step++) {
                need = assistance.moveNeed(need.id(), path[step], need.version());
            }
        }
    }
}
