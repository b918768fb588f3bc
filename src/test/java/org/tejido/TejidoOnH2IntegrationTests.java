package org.tejido;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

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
import org.tejido.site.ValidHtmlContract;
import org.tejido.support.OnH2;
import org.tejido.territory.TerritoryContract;
import org.tejido.territory.FieldContract;
import org.tejido.territory.TerritoryMapsContract;
import org.tejido.territory.TerritoryFilesContract;
import org.tejido.territory.TerritoryEndToEndContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tejido's whole contract over HTTP, on the embedded H2 database.
 */
class TejidoOnH2IntegrationTests extends OnH2 implements SitePagesContract, ValidHtmlContract, LibrarySearchContract,
		CatalogueContract, DownloadsContract, AccountsContract, ContributionsContract, EventsContract, ContactContract,
		NeedsContract, FeedbackContract, CuratorToolsContract, CollectiveKeysContract, CollectivesContract,
		CollectiveDataContract, CollectivePagesContract, SessionsContract, WarningContract, MessagingContract,
		SmppContract, WarningOverSmsContract, TerritoryContract, EvidenceContract, FieldContract, TerritoryMapsContract,
		TerritoryFilesContract, TerritoryEndToEndContract, org.tejido.site.HardeningContract,
		org.tejido.risk.RiskAssessmentContract, org.tejido.collectives.CollectiveHardeningContract,
		org.tejido.risk.CapacitiesContract, org.tejido.risk.ProtectionPlanContract, org.tejido.network.NetworkContract,
		org.tejido.library.LibraryBySmsContract, org.tejido.library.OfflinePacksContract,
		org.tejido.reports.SituationReportsContract {

	@Test
	void everyRepositoryOfTheRunningApplicationReadsDeclaredQueriesWithThePatternBasedSelector() {
		var beans = context().getBeanFactory();
		var factories = beans.getBeansOfType(JpaRepositoryFactoryBean.class);

		assertThat(factories).hasSizeGreaterThan(20);
		assertThat(factories.values())
			.allSatisfy((factory) -> assertThat(DeclaredQueriesReadSimplyTests.selectorOf(factory, beans))
				.isSameAs(DeclaredQueriesReadSimply.SELECTOR));
	}

	@Test
	void keepsAllItsStateInTheDataDirectory() throws Exception {
		assertThat(dataDir()).isAbsolute();
		assertThat(Files.list(dataDir().resolve("db"))).anyMatch((file) -> file.toString().endsWith(".mv.db"));
		assertThat(dataDir().resolve("index/resource")).isDirectory();
		assertThat(dataDir().resolve("files")).isDirectory();
	}

	@Test
	void compactsItsDatabaseFileOnlyWhenAnOperatorAsks() {
		assertThat(jdbc().sql("select count(*) from scheduled_tasks where task_name = ?")
			.param(H2FileUpkeep.TASK)
			.query(Integer.class)
			.single()).isZero();
	}

}
