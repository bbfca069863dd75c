package org.junheng.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junheng.importing.Column.optional;
import static org.junheng.importing.Column.required;

/** The file templates Junheng reads, with their columns (the contract of docs/importing.md). */
public enum ImportType {

    REGIONS("regions", "行政区划", List.of(
            required("region_code", "行政区划代码", "6 位 GB/T 2260 代码（省、市、县）", "6-digit GB/T 2260 code (province, city or county)"),
            required("region_name", "行政区划名称", "名称", "name"),
            optional("tags", "县域标签", "以分号分隔：mountain 山区县; island 海岛县; revolutionary_base 革命老区; key_assistance 乡村振兴重点帮扶县; ethnic 民族地区",
                    "separated by ';': mountain, island, revolutionary_base, key_assistance, ethnic"))),

    SCHOOL_STATS("school-stats", "学校统计数据", List.of(
            required("year", "统计年度", "统计年度，如 2025", "statistics year, e.g. 2025"),
            required("county_code", "县级区划代码", "6 位 GB/T 2260 县级代码", "6-digit GB/T 2260 county code"),
            required("county_name", "县(区)名称", "县（市、区）名称", "county name"),
            required("school_code", "学校标识码", "10 位全国学校标识码", "10-digit national school identifier"),
            required("school_name", "学校名称", "学校名称", "school name"),
            required("school_type", "办学类型", "primary 小学, junior 初中, nine_year 九年一贯制学校, twelve_year 十二年一贯制学校, complete_middle 完全中学, teaching_point 教学点, special 特殊教育学校",
                    "primary, junior, nine_year, twelve_year, complete_middle, teaching_point, special"),
            required("location", "城乡分类", "urban 城区, town 镇区, rural 乡村", "urban, town, rural"),
            optional("longitude", "经度", "WGS84 十进制度，可空", "WGS84 decimal degrees, optional"),
            optional("latitude", "纬度", "WGS84 十进制度，可空", "WGS84 decimal degrees, optional"),
            required("students_primary", "小学在校生数", "小学在校生数", "primary students"),
            required("students_junior", "初中在校生数", "初中在校生数", "junior students"),
            required("students_senior", "高中在校生数", "高中在校生数", "senior-high students"),
            required("classes_primary", "小学班数", "小学班数", "primary classes"),
            required("classes_junior", "初中班数", "初中班数", "junior classes"),
            required("oversize_classes_primary", "小学超45人班数", "小学超过 45 人的班数", "primary classes over 45 pupils"),
            required("oversize_classes_junior", "初中超50人班数", "初中超过 50 人的班数", "junior classes over 50 pupils"),
            required("teachers_primary", "小学专任教师数", "小学专任教师数", "primary full-time teachers"),
            required("teachers_junior", "初中专任教师数", "初中专任教师数", "junior full-time teachers"),
            required("qualified_teachers_primary", "小学高于规定学历专任教师数", "小学专科及以上学历专任教师数", "primary teachers with associate degree or above"),
            required("qualified_teachers_junior", "初中高于规定学历专任教师数", "初中本科及以上学历专任教师数", "junior teachers with bachelor degree or above"),
            required("backbone_teachers_primary", "小学县级及以上骨干教师数", "小学县级及以上骨干教师数", "primary backbone teachers, county level or above"),
            required("backbone_teachers_junior", "初中县级及以上骨干教师数", "初中县级及以上骨干教师数", "junior backbone teachers, county level or above"),
            required("pe_art_teachers_primary", "小学体育艺术专任教师数", "小学体育、音乐、美术专任教师数", "primary PE, music and art teachers"),
            required("pe_art_teachers_junior", "初中体育艺术专任教师数", "初中体育、音乐、美术专任教师数", "junior PE, music and art teachers"),
            required("certified_teachers", "持教师资格证专任教师数", "全校持教师资格证专任教师数", "certified full-time teachers, whole school"),
            required("teaching_area", "教学及辅助用房面积(㎡,不含室内体育用房)", "全校教学及辅助用房面积（㎡，不含室内体育用房）", "teaching and auxiliary floor area, m², whole school, indoor sports rooms excluded"),
            required("sports_area", "体育运动场馆面积(㎡,室外场地+室内体育用房)", "全校体育运动场馆面积（㎡）", "sports grounds and halls, m², whole school"),
            required("equipment_value", "教学仪器设备资产值(元)", "全校教学仪器设备资产值（元）", "teaching equipment asset value, yuan, whole school"),
            required("multimedia_classrooms", "网络多媒体教室数", "全校网络多媒体教室数", "networked multimedia classrooms, whole school"),
            required("music_rooms", "音乐专用教室数", "音乐专用教室数", "music rooms"),
            required("art_rooms", "美术专用教室数", "美术专用教室数", "art rooms"),
            optional("music_room_min_area", "最小音乐专用教室面积(㎡)", "最小音乐专用教室面积（㎡），无音乐教室可空", "smallest music room, m², empty when there is none"),
            optional("art_room_min_area", "最小美术专用教室面积(㎡)", "最小美术专用教室面积（㎡），无美术教室可空", "smallest art room, m², empty when there is none"),
            optional("computers", "教学用计算机台数", "全校教学用计算机台数（基本均衡评估用，可空）", "teaching computers, whole school (basic-2012 method; optional)"),
            optional("books", "图书册数", "全校图书册数（基本均衡评估用，可空）", "library books, whole school (basic-2012 method; optional)"),
            optional("titled_teachers_primary", "小学中级及以上职称专任教师数", "小学中级及以上职称专任教师数（基本均衡评估用，可空）",
                    "primary teachers with an intermediate or higher title (basic-2012; optional)"),
            optional("titled_teachers_junior", "初中中级及以上职称专任教师数", "初中中级及以上职称专任教师数（基本均衡评估用，可空）",
                    "junior teachers with an intermediate or higher title (basic-2012; optional)"),
            optional("ownership", "办别", "公办 public 或 民办 private（基本均衡评估只计公办学校；可空）",
                    "public or private (the basic-2012 calculation takes public schools only; optional)"),
            optional("administered_by", "举办者", "县级 county、地市级 municipal、省级 provincial 或 中央部门 central（基本均衡评估只计县级举办的学校；可空）",
                    "county, municipal, provincial or central (the basic-2012 calculation takes county-run schools only; optional)"),
            optional("built_year", "校舍建成年份", "校舍建成年份（部分省份对较早建成学校放宽功能教室面积和规模要求；可空）",
                    "year the school's buildings were built (some provinces relax the room and size rules for older schools; optional)"),
            optional("music_room_areas", "各音乐专用教室面积(㎡)", "每间音乐专用教室的面积（㎡），用分号分隔，如 96;82.5（部分省份按达到面积的间数计；可空）",
                    "each music room's area, m², separated by semicolons, e.g. 96;82.5 (some provinces count the rooms that meet the area; optional)"),
            optional("art_room_areas", "各美术专用教室面积(㎡)", "每间美术专用教室的面积（㎡），用分号分隔，如 90;75（部分省份按达到面积的间数计；可空）",
                    "each art room's area, m², separated by semicolons, e.g. 90;75 (some provinces count the rooms that meet the area; optional)"))),

    TEACHERS("teachers", "教师名册", List.of(
            required("teacher_id", "教师编号", "化名编号（不得使用身份证号）", "pseudonymous id (never a national ID number)"),
            required("school_code", "学校标识码", "10 位学校标识码（须已登记）", "10-digit school identifier (already registered)"),
            required("stage", "任教学段", "primary 小学, junior 初中, senior 高中", "primary, junior, senior"),
            required("subject", "任教学科", "chinese 语文, math 数学, english 英语, morality_law 道德与法治, science 科学, physics 物理, chemistry 化学, biology 生物, history 历史, geography 地理, pe 体育与健康, music 音乐, art 美术, information_technology 信息科技, labour 劳动, comprehensive_practice 综合实践活动, psychology 心理健康, special_education 特殊教育, other 其他",
                    "chinese, math, english, morality_law, science, physics, chemistry, biology, history, geography, pe, music, art, information_technology, labour, comprehensive_practice, psychology, special_education, other"),
            required("gender", "性别", "male 男, female 女", "male, female"),
            required("birth_year", "出生年份", "四位年份", "four-digit year"),
            required("education", "最高学历", "postgraduate 研究生, bachelor 本科, associate 专科, senior_secondary 高中阶段, below_senior_secondary 高中阶段以下",
                    "postgraduate, bachelor, associate, senior_secondary, below_senior_secondary"),
            required("title", "职称", "professor 正高级教师, senior 高级教师, first 一级教师, second 二级教师, third 三级教师, none 未定职级",
                    "professor, senior, first, second, third, none"),
            required("backbone_level", "骨干级别", "none 无, school 校级, county 县级, city 市级, province 省级, national 国家级",
                    "none, school, county, city, province, national"),
            required("special_grade", "特级教师", "是/否", "yes/no"),
            required("subject_leader", "学科带头人", "是/否", "yes/no"),
            required("years_at_school", "本校任教年限", "在本校连续任教年数", "years at the current school"),
            required("rural_years", "农村任教年限", "累计农村学校任教年数", "years of rural teaching in total"),
            required("seeking_senior_title", "拟申报高级职称", "是/否", "yes/no"),
            required("exempt", "免于交流", "是/否（如孕期、病休、临近退休等）", "yes/no (e.g. pregnancy, illness)"),
            optional("certified", "持教师资格证", "是/否，可空（用于核对学校填报的持证教师数）",
                    "yes/no, optional (to check the school's reported count of certified teachers)"))),

    COUNTY_FACTS("county-facts", "县域评估事实", CountyFactsImport.columns()),

    ACTIVITIES("activities", "帮扶活动", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("kind", "活动类型", "lesson_observation 听课, lesson_critique 评课, demonstration_lesson 示范课, symposium 座谈, lecture 讲座, teaching_to_countryside 送教下乡, teaching_research 教研活动, diagnosis 诊断, same_lesson 同上一节课, pen_pal_exchange 学生手拉手, donation 捐赠, party_building 党建共建, training 培训",
                    "lesson_observation, lesson_critique, demonstration_lesson, symposium, lecture, teaching_to_countryside, teaching_research, diagnosis, same_lesson, pen_pal_exchange, donation, party_building, training"),
            required("held_on", "活动日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15"),
            required("school_code", "学校标识码", "活动所在学校（须在项目中）", "school where it took place (in the programme)"),
            optional("place", "地点", "地点", "place"),
            optional("people", "参与人员", "参与的专家、教师姓名或编号，以顿号分隔（不得填身份证号）", "experts and teachers taking part, names or ids (never national ID numbers)"),
            optional("subjects", "学科", "涉及学科，以顿号分隔", "subjects, separated by 、 or ,"),
            required("experts", "专家人次", "派出专家人次", "experts sent (person-times)"),
            required("teachers_reached", "受益教师人次", "受益教师人次", "teachers reached"),
            required("students_reached", "受益学生人次", "受益学生人次", "students reached"),
            required("hours", "时长(小时)", "时长（小时，0–1000）", "hours (0–1000)"),
            optional("notes", "备注", "备注", "notes"),
            optional("rating", "受援校评价(1-5)", "受援校评价 1–5，可空", "the helped school's rating 1–5, optional"),
            optional("feedback", "受援校反馈", "受援校反馈意见", "the helped school's feedback"))),

    PLACEMENTS("placements", "人员派驻", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("kind", "派驻类型", "support_teaching 支教, shadowing 跟岗实训, secondment 挂职, rotation 交流轮岗",
                    "support_teaching, shadowing, secondment, rotation"),
            required("person", "人员", "姓名或化名编号（不得填身份证号）", "name or pseudonymous id (never a national ID number)"),
            optional("from_school", "派出学校标识码", "派出学校（须已登记），可空", "sending school (registered), optional"),
            required("to_school", "接收学校标识码", "接收学校（须在项目中）", "receiving school (in the programme)"),
            required("start_date", "开始日期", "开始日期", "start date"),
            required("end_date", "结束日期", "结束日期（不早于开始日期）", "end date (not before the start)"),
            required("batch", "批次", "批次，从 1 开始", "batch number, from 1"))),

    OUTCOMES("outcomes", "帮扶成果", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("kind", "成果类型", "honour 荣誉称号, contest_award 竞赛获奖, research_approved 课题立项, research_completed 课题结题",
                    "honour, contest_award, research_approved, research_completed"),
            required("level", "级别", "school 校级, county 县级, city 市级, province 省级, national 国家级",
                    "school, county, city, province, national"),
            required("title", "名称", "成果名称，如 省级骨干教师", "title, e.g. provincial backbone teacher"),
            required("school_code", "学校标识码", "成果所属学校（须在项目中）", "school of the outcome (in the programme)"),
            optional("person", "人员", "姓名或化名编号（不得填身份证号），可空", "name or pseudonymous id (never a national ID number), optional"),
            required("achieved_on", "获得日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15"),
            optional("honour", "荣誉类别", "荣誉称号填：famous_teacher 名师, famous_principal 名校长, backbone_teacher 骨干教师, academic_leader 学科带头人, demonstration_school 示范校, other 其他荣誉",
                    "for honours: famous_teacher, famous_principal, backbone_teacher, academic_leader, demonstration_school, other"),
            optional("rank", "获奖等次", "竞赛获奖填 1 一等奖、2 二等奖、3 三等奖", "for contest awards: 1, 2 or 3 (first, second, third prize)"),
            optional("project", "课题编号", "课题立项、结题填同一编号，同一课题只计一项", "for research: the same project number on approval and completion (counted once)"))),

    NEEDS("needs", "帮扶需求", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("school_code", "学校标识码", "提出需求的学校（须在项目中）", "school raising the need (in the programme)"),
            optional("subject", "学科", "学科，可空", "subject, optional"),
            required("category", "需求类别", "如 teaching 教学、management 管理、research 教研", "e.g. teaching, management, research"),
            required("description", "需求描述", "需求描述，至多 2000 字", "description, at most 2000 characters"),
            optional("raised_on", "提出日期", "日期，可空（空则为导入当天）", "date, optional (the day of the import if empty)"))),

    REMOTE_CLASSROOMS("remote-classrooms", "同步课堂", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("school_code", "学校标识码", "听课学校（须在项目中）", "receiving school (in the programme)"),
            optional("partner_school", "主讲学校标识码", "主讲学校（须已登记），可空", "teaching school (registered), optional"),
            required("kind", "课堂类型", "delivered_class 专递课堂, master_teacher_class 名师课堂, online_school_class 名校网络课堂",
                    "delivered_class, master_teacher_class, online_school_class"),
            required("opened_on", "开通日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15"))),

    DONATIONS("donations", "捐赠", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("school_code", "学校标识码", "受赠学校（须在项目中）", "receiving school (in the programme)"),
            required("donor", "捐赠方", "捐赠单位或个人", "donor"),
            required("items", "物品或用途", "捐赠物品或资金用途", "items or purpose"),
            required("value_yuan", "价值(元)", "价值（元，最多 2 位小数）", "value in yuan, at most 2 decimals"),
            required("donated_on", "捐赠日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15"))),

    CLASS_PAIRINGS("class-pairings", "手拉手班级", List.of(
            required("programme_id", "帮扶项目编号", "帮扶项目编号（系统中的项目 ID）", "programme id (as in Junheng)"),
            required("school_code", "学校标识码", "结对班级所在学校（须在项目中）", "school of the class (in the programme)"),
            required("class_name", "班级", "如 四年级(1)班", "class, e.g. 四年级(1)班"),
            required("partner_school", "结对学校标识码", "结对学校（须已登记）", "partner school (registered)"),
            required("partner_class", "结对班级", "结对班级", "partner class"),
            required("student_pairs", "学生结对数", "学生结对数（1–200，只计对数，不登记学生个人信息）", "student pairs (1–200; counted, no child is named)"),
            required("paired_on", "结对日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15"))),

    STUDIOS("studios", "名师工作室", List.of(
            required("name", "工作室名称", "工作室名称", "studio name"),
            required("kind", "工作室类别", "famous_teacher 名师工作室, famous_principal 名校长工作室, rural_chief_teacher 乡村首席教师工作室, other 其他工作室",
                    "famous_teacher, famous_principal, rural_chief_teacher, other"),
            required("level", "级别", "school 校级, county 县级, city 市级, province 省级, national 国家级",
                    "school, county, city, province, national"),
            required("school_code", "学校标识码", "工作室所在学校（须已登记）", "school the studio is at (registered)"),
            optional("leader", "领衔人", "领衔名师姓名或化名编号（不得填身份证号），可空", "leading teacher, name or pseudonymous id, optional"),
            required("moved_down", "下沉农村学校", "是/否", "yes/no"),
            optional("programme_id", "帮扶项目编号", "所属帮扶项目编号，可空", "programme id, optional"),
            required("set_up_on", "成立日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15"))),

    TRAINING("training", "教师培训学时", List.of(
            required("teacher_id", "教师编号", "教师名册中的化名编号", "pseudonymous id of the roster"),
            required("course", "培训项目", "培训项目名称", "course"),
            optional("provider", "培训机构", "培训机构，可空", "provider, optional"),
            required("hours", "学时", "学时（大于 0，至多 1000，最多 1 位小数）", "class hours (above 0, at most 1000, one decimal)"),
            required("completed_on", "完成日期", "日期，如 2025-10-15", "date, e.g. 2025-10-15")));

    private final String key;
    private final String chineseName;
    private final List<Column> columns;

    ImportType(String key, String chineseName, List<Column> columns) {
        this.key = key;
        this.chineseName = chineseName;
        this.columns = columns;
    }

    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public List<Column> columns() {
        return columns;
    }
    /**
     * Whether a user may import files of this type: a school account (whose own school is given) only
     * its school's statistics and teachers; a bureau account every type.
     */
    public boolean importableBy(String ownSchool) {
        return ownSchool == null || this == SCHOOL_STATS || this == TEACHERS;
    }

    /** Whether the assessment is computed from this type's rows: a stored file re-assesses the counties it names. */
    public boolean isAssessed() {
        return this == SCHOOL_STATS || this == COUNTY_FACTS;
    }


    public static Optional<ImportType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
