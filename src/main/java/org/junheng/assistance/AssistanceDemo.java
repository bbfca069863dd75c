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
 * The demo province's assistance programmes, modelled on SEEDS.md: the "4+4" pairing with 54
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
    private static final Logger log = LoggerFactory.getLogger(AssistanceDemo.class);

    private final Assistance assistance;
    private final Registry registry;

    private final People people;
    private final Outreach outreach;

    AssistanceDemo(Assistance assistance, Registry registry, People people, Outreach outreach) {
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
        outcome(pairing, OutcomeKind.HONOUR, OutcomeLevel.PROVINCE, "省级骨干教师", helped.get(0), "青岭县跟岗教师3", 2024, 9);
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
        outcome(pairing, OutcomeKind.CONTEST_AWARD, OutcomeLevel.CITY, "市优质课评比一等奖", helped.get(1), "青岭县跟岗教师17", 2023, 12);
        outcome(pairing, OutcomeKind.RESEARCH_APPROVED, OutcomeLevel.PROVINCE, "省级课题立项：山区学校远程同步课堂研究",
                helped.get(2), null, 2023, 6);
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
        members.addAll(participants(helped, SchoolRole.HELPED));
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
        outcome(group, OutcomeKind.STUDIO, OutcomeLevel.COUNTY, "乡村名师工作室", helped.get(5), null, 2020, 3);
        outcome(group, OutcomeKind.HONOUR, OutcomeLevel.PROVINCE, "省级名校长", helped.get(12), "受援校校长12", 2021, 9);
        outcome(group, OutcomeKind.RESEARCH_COMPLETED, OutcomeLevel.CITY, "市级课题结题：农村小学数学课堂诊断",
                helped.get(20), null, 2021, 12);
        outcome(group, OutcomeKind.CONTEST_AWARD, OutcomeLevel.PROVINCE, "省青年教师教学技能大赛二等奖", helped.get(33),
                "受援校教师33", 2022, 11);
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

    private void outcome(Programme programme, OutcomeKind kind, OutcomeLevel level, String title, School school,
                         String person, int year, int month) {
        assistance.recordOutcome(new Outcome(0, programme.id(), kind, level, title, school.code(), person,
                LocalDate.of(year, month, 15), 0));
    }

    private void needsInEveryState(Programme programme, List<School> helped) {
        String[][] needs = {{"math", "teaching", "青年数学教师课堂教学需要示范引领"}, {"english", "teaching", "英语听说教学缺少专任教师"},
            {null, "management", "教研组建设与校本研修制度"}, {"art", "teaching", "美术课开不齐开不足"}};
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
