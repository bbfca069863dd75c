package org.junheng.rotation.model;

/**
 * How much each objective weighs in the soft score (points; the score counts thousandths). The
 * defaults put the objectives in the order a county is judged by: a school-stage made compliant
 * outweighs any number of indicators brought to their standard a plan could bring there instead, an
 * indicator at its standard outweighs what the coefficients and the moves change; a rural school for a
 * teacher seeking a senior title and a move between paired schools weigh less than a move, so they
 * choose among the moves a plan makes but never add one — see docs/rotation.md for how far apart they
 * are and why.
 *
 * @param standards            per teacher a school-stage is short of an indicator's standard
 * @param coefficient          per unit of a squared difference coefficient (CV²) of an indicator in a stage
 * @param seniorTitleRural     per teacher seeking a senior title without rural service who is not given a rural school
 * @param pairedSchools        reward per move between schools already paired in a programme
 * @param distance             per kilometre moved
 * @param move                 per move, so that nobody moves for nothing
 * @param compliantSchoolStage per assessed school-stage left non-compliant that teachers could make compliant
 * @param indicatorAtStandard  per teacher indicator of an assessed school-stage left below its standard
 */
public record Weights(double standards, double coefficient, double seniorTitleRural, double pairedSchools,
                      double distance, double move, double compliantSchoolStage, double indicatorAtStandard) {

    public static final Weights DEFAULT = new Weights(10, 100, 0.9, 0.5, 0.05, 1, 10_000, 100);
}
