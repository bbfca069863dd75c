package org.junheng.rotation.model;

/**
 * How much each objective weighs in the soft score (points; the score counts thousandths).
 *
 * @param standards        per teacher a school-stage is short of an indicator's standard
 * @param coefficient      per unit of a squared difference coefficient (CV²) of an indicator in a stage
 * @param seniorTitleRural per teacher seeking a senior title without rural service who is not given a rural school
 * @param pairedSchools    reward per move between schools already paired in a programme
 * @param distance         per kilometre moved
 * @param move             per move, so that nobody moves for nothing
 */
public record Weights(double standards, double coefficient, double seniorTitleRural, double pairedSchools,
                      double distance, double move) {

    public static final Weights DEFAULT = new Weights(10, 100, 5, 2, 0.05, 1);
}
