/**
 * Three tiny modules with deliberate wrong turns, so that {@code ModularityTests} can show the verification refusing
 * them: {@code billing} uses {@code stock} without declaring it, and {@code orders} reaches into
 * {@code stock.internal}. Plain classes without Spring annotations, so no application context ever picks them up.
 */
package io.lanmu.modularityfixture;
