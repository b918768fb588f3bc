package org.tejido.network.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.CollectiveExportPart;
import org.tejido.collectives.Membership;
import org.tejido.network.graph.GraphCsv;
import org.tejido.network.graph.GraphXml;

/**
 * The map in the collective's export: its nodes and edges as the CSV files an import
 * takes back, and the GEXF file Gephi opens.
 */
@Component
class NetworkInArchive implements CollectiveExportPart {

	private final NetworkDesk desk;

	NetworkInArchive(NetworkDesk desk) {
		this.desk = desk;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportFile> files(Membership coordinator) {
		NetworkMap map = this.desk.read(coordinator);
		return List.of(new ExportFile("network/nodes.csv", GraphCsv.nodes(map.graph())),
				new ExportFile("network/edges.csv", GraphCsv.edges(map.graph())),
				new ExportFile("network/map.gexf", GraphXml.gexf(map.graph())));
	}

}
