package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junheng.assessment.TeacherTraining;
import org.junheng.assessment.TrainingRecords;
import org.springframework.stereotype.Component;

/**
 * Guarantee item 9 from the records: of a county's primary and junior teachers on the roster, those
 * whose training records of the period add up to the class hours. The period is the calendar years
 * ending with the assessed year (2020–2024 for 2024 when the profile says 5 years).
 */
@Component
class TrainingCompletion implements TrainingRecords {

    private final JdbcDevelopmentRepository repository;

    TrainingCompletion(JdbcDevelopmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, TeacherTraining> training(String regionCode, int year, BigDecimal hours, int years) {
        Map<String, TeacherTraining> training = new TreeMap<>();
        for (JdbcDevelopmentRepository.Completion c : repository.findTrainingCompletion(Assistance.prefix(regionCode),
                LocalDate.of(year - years + 1, 1, 1), LocalDate.of(year, 12, 31), hours)) {
            training.put(c.county(), new TeacherTraining(c.county(), year, c.teachers(), c.completed()));
        }
        return training;
    }
}
