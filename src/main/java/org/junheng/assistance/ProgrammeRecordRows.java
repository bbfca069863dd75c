package org.junheng.assistance;

import java.time.LocalDate;

import org.junheng.importing.RowValues;

/** How a row of each programme-record template becomes a record (the programme id is read by the import). */
final class ProgrammeRecordRows {

    private ProgrammeRecordRows() {
    }

    private static long programme(RowValues cells) {
        String raw = cells.raw("programme_id");
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Outcome outcome(RowValues cells) {
        OutcomeKind kind = cells.choice(OutcomeKind.class, "kind");
        OutcomeLevel level = cells.choice(OutcomeLevel.class, "level");
        String title = cells.text("title", 200);
        String school = cells.text("school_code", 10);
        String person = personOrNull(cells, "person");
        LocalDate achievedOn = cells.date("achieved_on");
        Honour honour = cells.optionalChoice(Honour.class, "honour");
        Integer rank = cells.optionalInteger("rank", 1, 3);
        String project = cells.optionalText("project", 100);
        return new Outcome(0, programme(cells), kind, level, title, school, person, achievedOn, honour, rank, project, 0);
    }

    static Need need(RowValues cells) {
        String school = cells.text("school_code", 10);
        String subject = cells.optionalText("subject", 40);
        String category = cells.text("category", 40);
        String description = cells.text("description", 2000);
        LocalDate raisedOn = cells.raw("raised_on") == null ? LocalDate.now() : cells.date("raised_on");
        return new Need(0, programme(cells), school, subject, category, description, NeedState.OPEN, raisedOn, 0);
    }

    static RemoteClassroom remoteClassroom(RowValues cells) {
        String school = cells.text("school_code", 10);
        String partner = cells.optionalText("partner_school", 10);
        RemoteClassroomKind kind = cells.choice(RemoteClassroomKind.class, "kind");
        LocalDate openedOn = cells.date("opened_on");
        return new RemoteClassroom(0, programme(cells), school, partner, kind, openedOn);
    }

    static Donation donation(RowValues cells) {
        String school = cells.text("school_code", 10);
        String donor = cells.text("donor", 200);
        String items = cells.text("items", 1000);
        var value = cells.amount("value_yuan");
        LocalDate donatedOn = cells.date("donated_on");
        return new Donation(0, programme(cells), school, donor, items, value, donatedOn);
    }

    static ClassPairing classPairing(RowValues cells) {
        String school = cells.text("school_code", 10);
        String className = cells.text("class_name", 40);
        String partner = cells.text("partner_school", 10);
        String partnerClass = cells.text("partner_class", 40);
        Integer pairs = cells.integer("student_pairs", 1, 200);
        LocalDate pairedOn = cells.date("paired_on");
        return new ClassPairing(0, programme(cells), school, className, partner, partnerClass, pairs == null ? 0 : pairs,
                pairedOn);
    }

    private static String personOrNull(RowValues cells, String column) {
        String person = cells.optionalText(column, 100);
        if (Assistance.holdsNationalId(person)) {
            cells.error(column, "person.national_id", person);
        }
        return person;
    }
}
