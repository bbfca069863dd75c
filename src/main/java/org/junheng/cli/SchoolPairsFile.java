package org.junheng.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The schools paired in assistance programmes, for {@code junheng rotate --pairs}: a CSV file of two
 * school codes a line ({@code school_a,school_b}), an optional header of those names, blank lines
 * and lines starting with {@code #} ignored. Every code must be a school of the statistics file.
 */
final class SchoolPairsFile {

    /** What is wrong with the file, naming the line. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private SchoolPairsFile() {
    }

    static List<List<String>> read(Path file, Set<String> knownSchools) throws IOException, Rejected {
        List<List<String>> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip().replace("\uFEFF", "");
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.replace(" ", "").equals("school_a,school_b"))) {
                continue;
            }
            String[] cells = line.split("[,，\\t]");
            if (cells.length != 2) {
                throw new Rejected("line " + (i + 1) + ": 应为两个学校标识码 / expected two school codes: " + line);
            }
            String a = cells[0].strip();
            String b = cells[1].strip();
            for (String code : List.of(a, b)) {
                if (!knownSchools.contains(code)) {
                    throw new Rejected("line " + (i + 1) + ": 统计文件中没有学校 / no school " + code + " in the statistics file");
                }
            }
            if (a.equals(b)) {
                throw new Rejected("line " + (i + 1) + ": 学校不能与自身结对 / a school cannot be paired with itself: " + a);
            }
            pairs.add(List.of(a, b));
        }
        return pairs;
    }
}
