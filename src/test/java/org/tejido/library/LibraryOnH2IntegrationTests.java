package org.tejido.library;

import org.tejido.site.SitePagesContract;
import org.tejido.site.ValidHtmlContract;
import org.tejido.support.OnH2;

/**
 * The library's whole contract, on the embedded H2 database.
 */
class LibraryOnH2IntegrationTests extends OnH2
		implements SitePagesContract, ValidHtmlContract, LibrarySearchContract, CatalogueContract, DownloadsContract {

}
