package org.tejido.network.graph;

/**
 * A directed relation from one node to another.
 *
 * @param strength from 1 (weak) to 5 (strong)
 * @param hidden whether the relation is not visible from outside
 */
public record Edge(String id, String source, String target, RelationType type, int strength, boolean hidden) {
}
