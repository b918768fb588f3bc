package org.tejido.territory.satellite;

/** Disjoint sets of 0..n-1, with path halving and union by size. */
final class UnionFind {

	private final int[] parent;

	private final int[] size;

	UnionFind(int n) {
		this.parent = new int[n];
		this.size = new int[n];
		for (int i = 0; i < n; i++) {
			this.parent[i] = i;
			this.size[i] = 1;
		}
	}

	int find(int i) {
		int at = i;
		while (this.parent[at] != at) {
			this.parent[at] = this.parent[this.parent[at]];
			at = this.parent[at];
		}
		return at;
	}

	void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA == rootB) {
			return;
		}
		if (this.size[rootA] < this.size[rootB]) {
			int swap = rootA;
			rootA = rootB;
			rootB = swap;
		}
		this.parent[rootB] = rootA;
		this.size[rootA] += this.size[rootB];
	}

}
