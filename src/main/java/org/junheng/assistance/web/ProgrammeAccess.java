package org.junheng.assistance.web;

import org.junheng.assistance.Programme;
import org.junheng.security.Visibility;
import org.junheng.web.NotFoundException;

/** A programme the caller may see, or 404 as for one that does not exist. */
final class ProgrammeAccess {

    private ProgrammeAccess() {
    }

    static Programme visible(Visibility visibility, Programme programme, long id) {
        if (programme == null || !visibility.seesParticipation(programme.ownerRegion(), programme.schoolCodes())) {
            throw new NotFoundException("programme", String.valueOf(id));
        }
        return programme;
    }
}
