package org.tejido.library;

import org.tejido.site.SitePagesContract;
import org.tejido.support.OnPostgres;

/**
 * The library's whole contract, on a real PostgreSQL server with the same migrations.
 */
class LibraryOnPostgresIntegrationTests extends OnPostgres
		implements SitePagesContract, LibrarySearchContract, CatalogueContract, DownloadsContract {

}
