package org.tejido.warning.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.tejido.collectives.Sealed;
import org.tejido.collectives.Membership;
import org.tejido.site.Lang;
import org.tejido.site.Texts;

/**
 * Alerts as CAP 1.2 (OASIS Common Alerting Protocol) messages for other alerting systems,
 * with the location only as precise as the collective chose: exact, to about a kilometre
 * or ten, the place name only, or nothing.
 */
@Service
public class CapExport {

	/** The precisions a collective can choose, most revealing first. */
	public static final List<String> PRECISIONS = List.of("exact", "1km", "10km", "place", "none");

	static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private final AlertDesk desk;

	private final JdbcClient jdbc;

	private final Texts texts;

	private final String host;

	CapExport(AlertDesk desk, JdbcClient jdbc, Texts texts,
			@Value("${tejido.site-url:http://localhost:8080}") String site) {
		this.desk = desk;
		this.jdbc = jdbc;
		this.texts = texts;
		this.host = site.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
	}

	@Transactional(readOnly = true)
	public String precision(UUID collective) {
		return this.jdbc.sql("select cap_precision from alert_sharing where collective_id = ?")
			.param(collective)
			.query(String.class)
			.optional()
			.orElse("10km");
	}

	@Transactional
	public void choosePrecision(Membership coordinator, String precision) {
		if (!PRECISIONS.contains(precision)) {
			throw new Invalid("alerts.precision-unknown");
		}
		this.jdbc.sql("delete from alert_sharing where collective_id = ?").param(coordinator.collective()).update();
		this.jdbc.sql("insert into alert_sharing (collective_id, cap_precision) values (?, ?)")
			.params(coordinator.collective(), precision)
			.update();
	}

	@Transactional(readOnly = true)
	public String xml(Membership viewer, UUID alertId, Lang lang) {
		Alert alert = this.desk.find(viewer.collective(), alertId);
		Sealed sealing = this.desk.sealing(viewer.collective());
		String precision = precision(viewer.collective());
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "alert");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "identifier", "tejido-" + alert.id());
			element(xml, "sender", "tejido@" + this.host);
			element(xml, "sent", CAP_TIME.format(java.time.Instant.now()));
			element(xml, "status", "Actual");
			element(xml, "msgType", alert.isOpen() ? "Alert" : "Update");
			element(xml, "scope", "Restricted");
			element(xml, "restriction", this.texts.get(lang, "alerts.cap-restriction"));
			info(xml, alert, sealing, precision, lang);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void info(XMLStreamWriter xml, Alert alert, Sealed sealing, String precision, Lang lang)
			throws XMLStreamException {
		String event = this.texts.get(lang, "alerts.category." + alert.category().code());
		xml.writeStartElement("info");
		element(xml, "language", lang.locale().toLanguageTag());
		element(xml, "category", alert.category().capCategory());
		element(xml, "event", event);
		element(xml, "responseType", alert.isOpen() ? "Monitor" : "AllClear");
		element(xml, "urgency", alert.severity().capUrgency());
		element(xml, "severity", alert.severity().capSeverity());
		element(xml, "certainty", "Observed");
		element(xml, "onset", CAP_TIME.format(alert.occurredAt()));
		element(xml, "headline", this.texts.get(lang, "alerts.subject", alert.code()) + ": " + event);
		if (!alert.text(sealing).isEmpty()) {
			element(xml, "description", alert.text(sealing));
		}
		area(xml, alert, sealing, precision, lang);
		xml.writeEndElement();
	}

	private void area(XMLStreamWriter xml, Alert alert, Sealed sealing, String precision, Lang lang)
			throws XMLStreamException {
		String place = alert.place(sealing);
		boolean named = !precision.equals("none") && !place.isEmpty();
		xml.writeStartElement("area");
		element(xml, "areaDesc", named ? place : this.texts.get(lang, "alerts.cap-area"));
		String position = alert.position(sealing);
		if (!position.isEmpty() && List.of("exact", "1km", "10km").contains(precision)) {
			element(xml, "circle", circle(position, precision));
		}
		xml.writeEndElement();
	}

	static String circle(String position, String precision) {
		String[] parts = position.split(",");
		int decimals = switch (precision) {
			case "exact" -> 6;
			case "1km" -> 2;
			default -> 1;
		};
		String radius = switch (precision) {
			case "exact" -> "0";
			case "1km" -> "1";
			default -> "10";
		};
		return round(parts[0], decimals) + "," + round(parts[1], decimals) + " " + radius;
	}

	private static String round(String degrees, int decimals) {
		return new BigDecimal(degrees).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
