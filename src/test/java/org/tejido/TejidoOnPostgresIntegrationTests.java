package org.tejido;

import org.tejido.accounts.AccountsContract;
import org.tejido.collectives.CollectiveDataContract;
import org.tejido.accounts.SessionsContract;
import org.tejido.collectives.CollectiveKeysContract;
import org.tejido.collectives.CollectivePagesContract;
import org.tejido.collectives.CollectivesContract;
import org.tejido.contact.ContactContract;
import org.tejido.evidence.EvidenceContract;
import org.tejido.library.CatalogueContract;
import org.tejido.warning.WarningContract;
import org.tejido.warning.WarningOverSmsContract;
import org.tejido.messaging.MessagingContract;
import org.tejido.messaging.SmppContract;
import org.tejido.library.ContributionsContract;
import org.tejido.library.CuratorToolsContract;
import org.tejido.library.DownloadsContract;
import org.tejido.library.FeedbackContract;
import org.tejido.library.LibrarySearchContract;
import org.tejido.library.NeedsContract;
import org.tejido.site.SitePagesContract;
import org.tejido.training.EventsContract;
import org.tejido.support.OnPostgres;
import org.tejido.territory.TerritoryContract;
import org.tejido.territory.FieldContract;
import org.tejido.territory.TerritoryMapsContract;
import org.tejido.territory.TerritoryFilesContract;
import org.tejido.territory.TerritoryEndToEndContract;

/**
 * Tejido's whole contract over HTTP, on a real PostgreSQL server with the same
 * migrations.
 */
class TejidoOnPostgresIntegrationTests extends OnPostgres implements SitePagesContract, LibrarySearchContract,
		CatalogueContract, DownloadsContract, AccountsContract, ContributionsContract, EventsContract, ContactContract,
		NeedsContract, FeedbackContract, CuratorToolsContract, CollectiveKeysContract, CollectivesContract,
		CollectiveDataContract, CollectivePagesContract, SessionsContract, WarningContract, MessagingContract,
		SmppContract, WarningOverSmsContract, TerritoryContract, EvidenceContract, FieldContract, TerritoryMapsContract,
		TerritoryFilesContract, TerritoryEndToEndContract, org.tejido.site.HardeningContract,
		org.tejido.collectives.CollectiveHardeningContract, org.tejido.risk.RiskAssessmentContract,
		org.tejido.risk.CapacitiesContract, org.tejido.risk.ProtectionPlanContract, org.tejido.network.NetworkContract,
		org.tejido.library.LibraryBySmsContract, org.tejido.library.OfflinePacksContract,
		org.tejido.reports.SituationReportsContract {

}
