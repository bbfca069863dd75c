package org.junheng.cli;

import java.io.PrintWriter;

import org.junheng.assessment.Profile;
import org.junheng.assessment.ProfileRejected;

/** Loads the profile a command names, telling the operator which key is wrong when it cannot be used. */
final class ProfileFiles {

    private ProfileFiles() {
    }

    /** The profile, or null after printing why it cannot be used (the command then exits with 2). */
    static Profile load(String nameOrFile, PrintWriter err) {
        try {
            return Profile.load(nameOrFile);
        } catch (ProfileRejected e) {
            err.println(nameOrFile + ": " + e.getMessage());
            return null;
        }
    }
}
