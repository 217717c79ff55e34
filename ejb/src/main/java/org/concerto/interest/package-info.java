/**
 * Declared interests (déclarations publiques d'intérêts): the ties experts and professionals have with
 * companies and bodies, the conflicts they create with agenda items that concern those organisations,
 * and the secretariat's decision for each flagged person (takes part, or recused: déport), kept for the
 * minutes.
 */
package org.concerto.interest;
