package org.junheng.assessment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.junheng.registry.Stage;

/** A change to a year's statistics, tried in memory to see what it does to the assessment. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Change.AddResource.class, name = "add_resource"),
        @JsonSubTypes.Type(value = Change.MoveTeachers.class, name = "move_teachers")})
public sealed interface Change {

    String schoolCode();

    /**
     * Adds an amount of a resource to a school: m², yuan and rooms to the whole school; teachers
     * ({@code qualified_teachers}, {@code backbone_teachers}, {@code pe_art_teachers}) are new
     * full-time, certified teachers of the given stage counted in that category.
     */
    record AddResource(String schoolCode, Stage stage, String resource, BigDecimal amount) implements Change {
    }

    /**
     * Moves teachers of one stage from one school to another (交流轮岗), with the categories they
     * count in; the receiving school's stage is the same.
     */
    record MoveTeachers(String schoolCode, String toSchoolCode, Stage stage, int count, boolean qualified,
                        boolean backbone, boolean peArt) implements Change {
    }
}
