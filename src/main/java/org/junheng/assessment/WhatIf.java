package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;

/** Applies changes to a copy of a year's statistics; the originals are untouched. */
public final class WhatIf {

    /** A change that cannot be applied, with the index of the change in the list. */
    public static final class ChangeRejected extends RuntimeException {

        private final int index;

        ChangeRejected(int index, String message) {
            super("change " + index + ": " + message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    private WhatIf() {
    }

    public static List<SchoolYear> apply(List<SchoolYear> schoolYears, List<Change> changes) {
        Map<String, SchoolYear> bySchool = new LinkedHashMap<>();
        schoolYears.forEach(s -> bySchool.put(s.school().code(), s));
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            SchoolYear school = find(bySchool, change.schoolCode(), i);
            if (change instanceof Change.AddResource add) {
                bySchool.put(school.school().code(), add(school, add, i));
            } else if (change instanceof Change.MoveTeachers move) {
                SchoolYear to = find(bySchool, move.toSchoolCode(), i);
                if (to == school) {
                    throw new ChangeRejected(i, "a move needs two different schools");
                }
                bySchool.put(school.school().code(), moveOut(school, move, i));
                bySchool.put(to.school().code(), moveIn(bySchool.get(to.school().code()), move, i));
            }
        }
        return new ArrayList<>(bySchool.values());
    }

    private static SchoolYear find(Map<String, SchoolYear> bySchool, String code, int index) {
        SchoolYear school = bySchool.get(code);
        if (school == null) {
            throw new ChangeRejected(index, "school " + code + " is not in this year's statistics of the region");
        }
        return school;
    }

    private static SchoolYear add(SchoolYear school, Change.AddResource add, int index) {
        if (add.amount() == null || add.amount().signum() <= 0) {
            throw new ChangeRejected(index, "the amount must be positive");
        }
        SchoolStatistics st = school.statistics();
        SchoolFacilities f = st.facilities();
        String resource = add.resource() == null ? "" : add.resource().toLowerCase(Locale.ROOT);
        return switch (resource) {
            case "teaching_area" -> with(school, st.primary(), st.junior(), facilities(f, f.certifiedTeachers(),
                    f.teachingArea().add(add.amount()), f.sportsArea(), f.equipmentValue(), f.multimediaClassrooms()));
            case "sports_area" -> with(school, st.primary(), st.junior(), facilities(f, f.certifiedTeachers(),
                    f.teachingArea(), f.sportsArea().add(add.amount()), f.equipmentValue(), f.multimediaClassrooms()));
            case "equipment_value" -> with(school, st.primary(), st.junior(), facilities(f, f.certifiedTeachers(),
                    f.teachingArea(), f.sportsArea(), f.equipmentValue().add(add.amount()), f.multimediaClassrooms()));
            case "multimedia_classrooms" -> with(school, st.primary(), st.junior(), facilities(f, f.certifiedTeachers(),
                    f.teachingArea(), f.sportsArea(), f.equipmentValue(), f.multimediaClassrooms() + whole(add.amount(), index)));
            case "qualified_teachers", "backbone_teachers", "pe_art_teachers" -> {
                int count = whole(add.amount(), index);
                Stage stage = stageOf(school, add.stage(), index);
                StageStatistics s = st.stage(stage);
                StageStatistics hired = new StageStatistics(s.students(), s.classes(), s.oversizeClasses(),
                        s.teachers() + count,
                        s.qualifiedTeachers() + (resource.equals("qualified_teachers") ? count : 0),
                        s.backboneTeachers() + (resource.equals("backbone_teachers") ? count : 0),
                        s.peArtTeachers() + (resource.equals("pe_art_teachers") ? count : 0));
                yield withStage(school, stage, hired, facilities(f, f.certifiedTeachers() + count, f.teachingArea(),
                        f.sportsArea(), f.equipmentValue(), f.multimediaClassrooms()));
            }
            default -> throw new ChangeRejected(index, "unknown resource '" + add.resource() + "'; use one of "
                    + "qualified_teachers, backbone_teachers, pe_art_teachers, teaching_area, sports_area, "
                    + "equipment_value, multimedia_classrooms");
        };
    }

    private static SchoolYear moveOut(SchoolYear school, Change.MoveTeachers move, int index) {
        Stage stage = stageOf(school, move.stage(), index);
        StageStatistics s = school.statistics().stage(stage);
        int n = move.count();
        if (n <= 0) {
            throw new ChangeRejected(index, "the number of teachers must be positive");
        }
        if (n > s.teachers() || move.qualified() && n > s.qualifiedTeachers() || move.backbone() && n > s.backboneTeachers()
                || move.peArt() && n > s.peArtTeachers()) {
            throw new ChangeRejected(index, school.school().code() + " does not have " + n
                    + " such teachers in its " + stage.key() + " stage");
        }
        StageStatistics left = new StageStatistics(s.students(), s.classes(), s.oversizeClasses(), s.teachers() - n,
                s.qualifiedTeachers() - (move.qualified() ? n : 0), s.backboneTeachers() - (move.backbone() ? n : 0),
                s.peArtTeachers() - (move.peArt() ? n : 0));
        SchoolFacilities f = school.statistics().facilities();
        return withStage(school, stage, left, facilities(f, Math.max(0, f.certifiedTeachers() - n), f.teachingArea(),
                f.sportsArea(), f.equipmentValue(), f.multimediaClassrooms()));
    }

    private static SchoolYear moveIn(SchoolYear school, Change.MoveTeachers move, int index) {
        Stage stage = stageOf(school, move.stage(), index);
        StageStatistics s = school.statistics().stage(stage);
        int n = move.count();
        StageStatistics joined = new StageStatistics(s.students(), s.classes(), s.oversizeClasses(), s.teachers() + n,
                s.qualifiedTeachers() + (move.qualified() ? n : 0), s.backboneTeachers() + (move.backbone() ? n : 0),
                s.peArtTeachers() + (move.peArt() ? n : 0));
        SchoolFacilities f = school.statistics().facilities();
        return withStage(school, stage, joined, facilities(f, f.certifiedTeachers() + n, f.teachingArea(),
                f.sportsArea(), f.equipmentValue(), f.multimediaClassrooms()));
    }

    private static Stage stageOf(SchoolYear school, Stage stage, int index) {
        if (stage == null || stage == Stage.SENIOR || !school.school().type().teaches(stage)) {
            throw new ChangeRejected(index, school.school().code() + " has no " + (stage == null ? "given" : stage.key())
                    + " stage");
        }
        return stage;
    }

    private static int whole(BigDecimal amount, int index) {
        try {
            return amount.intValueExact();
        } catch (ArithmeticException e) {
            throw new ChangeRejected(index, "teachers and rooms come whole: " + amount.toPlainString());
        }
    }

    private static SchoolFacilities facilities(SchoolFacilities f, int certified, BigDecimal teachingArea,
                                               BigDecimal sportsArea, BigDecimal equipment, int multimedia) {
        return new SchoolFacilities(certified, teachingArea, sportsArea, equipment, multimedia, f.musicRooms(),
                f.artRooms(), f.musicRoomMinArea(), f.artRoomMinArea(), f.builtYear(), f.musicRoomAreas(), f.artRoomAreas());
    }

    private static SchoolYear withStage(SchoolYear school, Stage stage, StageStatistics changed, SchoolFacilities f) {
        SchoolStatistics st = school.statistics();
        return with(school, stage == Stage.PRIMARY ? changed : st.primary(), stage == Stage.JUNIOR ? changed : st.junior(), f);
    }

    private static SchoolYear with(SchoolYear school, StageStatistics primary, StageStatistics junior, SchoolFacilities f) {
        SchoolStatistics st = school.statistics();
        return new SchoolYear(school.school(), new SchoolStatistics(st.year(), st.schoolCode(), primary, junior,
                st.studentsSenior(), f));
    }
}
