package org.junheng.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junheng.registry.RegionCode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.springframework.stereotype.Component;

/**
 * Every rule of who may write what, in one place: each write path of the API, the pages and the
 * imports asks here before it changes anything. The rules themselves are those of {@link Scope};
 * this applies them to the signed-in user, finds the schools a change names, and refuses.
 *
 * <ul>
 *   <li>A region a writer names (a programme's owner, a person's home, a county to plan) lies within
 *       their scope as given — it is never narrowed to their own region.</li>
 *   <li>Programmes are set up and changed by the bureaus of their owner region; their schools lie
 *       within that region; ownership changes only by {@link #transferProgramme}.</li>
 *   <li>Records of a programme are written by its owner's bureaus, or by whoever has a school the
 *       record names (a county officer's county, a school account's own school).</li>
 *   <li>A school changes county only by {@link #moveSchool}, by an administrator over both counties.</li>
 * </ul>
 */
@Component
public class WriteScope {

    private final CurrentUser user;
    private final Registry registry;

    WriteScope(CurrentUser user, Registry registry) {
        this.user = user;
        this.registry = registry;
    }

    private Scope scope() {
        return user.scope();
    }

    /**
     * The region a writer names, if it lies within their scope.
     *
     * @throws WriteRefused HIDDEN when it lies outside (it does not exist for them), FIELD when it is no region code
     */
    public String region(String field, String code) {
        if (code == null || !RegionCode.isValid(code)) {
            throw new WriteRefused(WriteRefused.Reason.FIELD, field, "region_required", "a region code is required");
        }
        if (!scope().coversRegion(code)) {
            throw new WriteRefused(WriteRefused.Reason.HIDDEN, "region", "hidden", "region " + code);
        }
        return code;
    }

    /** Refuses school accounts, for what only education bureaus do (programmes, people, rotation plans). */
    public void bureausOnly(String what) {
        if (scope().isSchool()) {
            throw new WriteRefused(WriteRefused.Reason.FORBIDDEN, null, "bureaus_only", what + " are for education bureaus");
        }
    }

    /**
     * Checks a programme as the caller sets it up or changes it: a bureau, the owner region within
     * their scope, every school registered within the owner region. A school outside it is answered
     * as a school that is not registered there, whether or not it exists elsewhere.
     */
    public void programme(String ownerRegion, Collection<String> schoolCodes) {
        bureausOnly("programmes");
        region("ownerRegion", ownerRegion);
        Scope owner = new Scope(ownerRegion, null);
        Map<String, School> known = registry.findSchools(schoolCodes);
        for (String code : schoolCodes) {
            School school = known.get(code);
            if (school == null || !owner.coversRegion(school.countyCode())) {
                throw new WriteRefused(WriteRefused.Reason.FIELD, "schools", "school_outside_owner",
                        "school " + code + " is not registered within region " + ownerRegion);
            }
        }
    }

    /**
     * Checks that the caller may change a stored programme (its records aside): its owner region is theirs.
     *
     * @param ownerRegion the owner as stored
     * @param requestedOwner the owner the change names, or null to keep it; another owner is refused here
     */
    public void changeProgramme(String ownerRegion, String requestedOwner) {
        bureausOnly("programmes");
        if (!scope().ownsRegion(ownerRegion)) {
            throw new WriteRefused(WriteRefused.Reason.FORBIDDEN, null, "owner_only",
                    "the programme is owned by region " + ownerRegion + "; only its bureaus change it");
        }
        if (requestedOwner != null && !requestedOwner.equals(ownerRegion)) {
            throw new WriteRefused(WriteRefused.Reason.FIELD, "ownerRegion", "owner_change",
                    "the owner of a programme changes only by transferring it (POST /api/v1/programmes/{id}/owner)");
        }
    }

    /** Checks a transfer of a programme from one owner region to another: the caller owns both. */
    public void transferProgramme(String fromRegion, String toRegion, Collection<String> schoolCodes) {
        changeProgramme(fromRegion, null);
        programme(toRegion, schoolCodes);
    }

    /**
     * Checks that the caller may write a record of a programme owned by {@code ownerRegion} that names
     * these schools (an activity's school, a placement's two schools…).
     */
    public void record(String ownerRegion, Collection<String> schoolCodes) {
        List<String> named = schoolCodes.stream().filter(Objects::nonNull).distinct().toList();
        if (!scope().writesRecord(ownerRegion, registry.findSchools(named).values())) {
            throw scope().isSchool()
                    ? new WriteRefused(WriteRefused.Reason.FORBIDDEN, null, "own_school_only",
                            "a school account writes only records of its own school")
                    : new WriteRefused(WriteRefused.Reason.FORBIDDEN, null, "records_of_own_schools",
                            "records of schools outside your scope are written by the programme's owner");
        }
    }

    /**
     * The school a record of its own names (a studio, a teacher's training): registered and within the
     * caller's scope (a school account: its own school). Else refused naming the field, as a school that
     * is not registered, whether or not it exists beyond the scope.
     */
    public School school(String field, String code) {
        School school = code == null ? null : registry.findSchool(code).orElse(null);
        if (school == null || !scope().coversSchool(school.code(), school.countyCode())) {
            throw new WriteRefused(WriteRefused.Reason.FIELD, field, "school_unknown", "school " + code + " is not registered");
        }
        return school;
    }

    /** The school of a teacher of the roster a record names, as {@link #school}; a teacher not on the roster is refused too. */
    public School teacher(String field, String teacherId) {
        String school = teacherId == null ? null : registry.schoolsOfTeachers(List.of(teacherId)).get(teacherId);
        if (school == null) {
            throw new WriteRefused(WriteRefused.Reason.FIELD, field, "teacher_unknown", "teacher " + teacherId
                    + " is not on the roster");
        }
        try {
            return school(field, school);
        } catch (WriteRefused hidden) {
            throw new WriteRefused(WriteRefused.Reason.FIELD, field, "teacher_unknown", "teacher " + teacherId
                    + " is not on the roster");
        }
    }

    /**
     * Checks that the caller may move a school from its county to another: they are an
     * administrator over both counties.
     */
    public void moveSchool(School school, String toCounty) {
        bureausOnly("moving schools");
        if (!scope().coversRegion(school.countyCode())) {
            throw new WriteRefused(WriteRefused.Reason.HIDDEN, "school", "hidden", "school " + school.code());
        }
        region("county", toCounty);
        Role role = user.role();
        if (role != Role.SYSTEM_ADMIN && role != Role.PROVINCE_OFFICER) {
            throw new WriteRefused(WriteRefused.Reason.FORBIDDEN, null, "move_school",
                    "a school is moved by a system administrator or a province officer over both counties");
        }
    }
    /** Whether the user may write rows of this region (a county, for most templates). */
    public boolean writesRegion(String regionCode) {
        return scope().coversRegion(regionCode);
    }

    /** Whether the user may write rows of this school (a school account: its own school only). */
    public boolean writesSchool(String schoolCode) {
        return scope().schoolCode() == null || scope().schoolCode().equals(schoolCode);
    }

    /** Whether the user may write a programme's record of one school, given the programme's owner region. */
    public boolean writesRecord(String ownerRegion, String schoolCode) {
        return scope().writesRecord(ownerRegion, registry.findSchools(List.of(schoolCode)).values());
    }

    /** Whether the user writes without a scope (a provincial or system administrator of everything). */
    public boolean unlimited() {
        return Scope.EVERYTHING.equals(scope());
    }
}
