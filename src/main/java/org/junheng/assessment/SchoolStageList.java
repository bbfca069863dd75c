package org.junheng.assessment;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import org.junheng.registry.Stage;

/**
 * Every school-stage of an assessment in county and school code order, each made from its stage's
 * columns when it is read (see {@link StageColumns}); read-only.
 */
final class SchoolStageList extends AbstractList<SchoolStageAssessment> implements RandomAccess {

    private final List<County> counties;
    /** Where each county's school-stages start in the list, and the size last. */
    private final int[] starts;

    /**
     * One county's school-stages: its schools' parts in order, each with its row in its stage's columns (-1 when
     * the part is excluded).
     */
    record County(List<SchoolStage> parts, int[] rows, StageColumns primary, StageColumns junior) {

        SchoolStageAssessment get(int index) {
            SchoolStage part = parts.get(index);
            int row = rows[index];
            if (row < 0) {
                return StageColumns.excluded(part);
            }
            return (part.stage() == Stage.PRIMARY ? primary : junior).row(row);
        }
    }

    SchoolStageList(List<County> counties) {
        this.counties = counties;
        this.starts = new int[counties.size() + 1];
        for (int c = 0; c < counties.size(); c++) {
            starts[c + 1] = starts[c] + counties.get(c).parts().size();
        }
    }

    @Override
    public SchoolStageAssessment get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int found = Arrays.binarySearch(starts, index);
        // a county that starts at the index; several do where counties have no school-stage: take the last
        int county = found >= 0 ? lastStartingAt(found) : -found - 2;
        return counties.get(county).get(index - starts[county]);
    }

    private int lastStartingAt(int found) {
        int county = found;
        while (county + 1 < counties.size() && starts[county + 1] == starts[found]) {
            county++;
        }
        return county;
    }

    @Override
    public int size() {
        return starts[counties.size()];
    }
}
